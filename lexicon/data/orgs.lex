# orgs.lex: government bodies, forces, courts, legislatures, parties, intelligence services,
# media, companies, universities and NGOs.
#
#   org | phrases | code | sector | type=ministry|agency|force|court|legislature|party|media|company|university|ngo
#
# code: the state the body belongs to. A generic name that any state uses ("interior
# ministry", "police", "Supreme Court", "National Assembly", "Foreign Office") has no code:
# accord takes the country from the context (a demonym or place before it, or the report).
# Generic names are written in lower case so that they match in any case; proper names
# are capitalised and match only when capitalised. Transnational NGOs (Red Cross, Amnesty)
# carry the code NGO, as the PLOVER gold codes them.
# Sectors: GOV executive, MIL armed forces and paramilitaries (Rangers, FC), COP police and
# civilian law enforcement (FIA, CTD, NAB, ANF), JUD courts and prosecutors, LEG
# legislatures, SPY intelligence services, PTY parties (every party, in power or not),
# OPP protest and rights movements that are not parties, JRN media, EDU universities
# (think tanks are NGO), MED health, BUS companies, LAB unions and bar associations. The
# generic nouns for people acting as a body are mostly cues.lex's (kind cue, role generic);
# only those it lacks (refugees, students, traders, dacoits) are here, with their sector.

# =============================================================================================
# Generic bodies (no code: the country comes from the context)
# =============================================================================================
org | government; govt; the government; federal government; central government; provincial government; state government; national government; interim government; caretaker government; coalition government; incumbent government; ruling coalition; unity government | - | GOV | type=ministry
org | administration; the administration; district administration; local administration; local government; city government; municipal administration; municipal corporation; metropolitan corporation; divisional administration | - | GOV | type=agency
org | cabinet; federal cabinet; provincial cabinet; council of ministers; cabinet committee | - | GOV | type=ministry
org | ministry; the ministry; federal ministry; provincial ministry; provincial department | - | GOV | type=ministry
org | foreign ministry; foreign affairs ministry; ministry of foreign affairs; foreign office; foreign department; MFA | - | GOV | type=ministry
org | interior ministry; ministry of interior; ministry of the interior; home ministry; ministry of home affairs; home department; interior department | - | GOV | type=ministry
org | defence ministry; defense ministry; ministry of defence; ministry of defense; ministry of national defence; ministry of national defense; defence department | - | GOV | type=ministry
org | finance ministry; ministry of finance; treasury; ministry of economy; economy ministry; economic affairs ministry; ministry of economic affairs | - | GOV | type=ministry
org | commerce ministry; ministry of commerce; trade ministry; ministry of trade; ministry of commerce and trade; ministry of industry; industries ministry; ministry of investment | - | GOV | type=ministry
org | law ministry; ministry of law; ministry of justice; justice ministry; ministry of law and justice | - | GOV | type=ministry
org | information ministry; ministry of information; ministry of information and broadcasting; information department | - | GOV | type=ministry
org | health ministry; ministry of health; ministry of public health; health department | - | GOV | type=ministry
org | education ministry; ministry of education; education department | - | GOV | type=ministry
org | energy ministry; ministry of energy; power ministry; petroleum ministry; ministry of petroleum; ministry of oil; oil ministry | - | GOV | type=ministry
org | ministry of communications; communications ministry; ministry of transport; transport ministry; railways ministry; ministry of railways; aviation ministry | - | GOV | type=ministry
org | ministry of human rights; human rights ministry; ministry of religious affairs; religious affairs ministry; ministry of water resources; water resources ministry; ministry of agriculture; agriculture ministry; ministry of climate change; climate change ministry; ministry of maritime affairs; maritime affairs ministry; ministry of parliamentary affairs; ministry of science and technology; ministry of labour; labour ministry; ministry of culture; ministry of refugees and repatriation; ministry of refugees; ministry of public security; ministry of state security; ministry of emergency situations; ministry of intelligence | - | GOV | type=ministry
org | presidency; presidential palace; president's office; office of the president; presidential office; prime minister's office; PM's office; PM Office; Prime Minister Office; PMO; chief minister's office; CM Office; CM House; Chief Minister House; PM House; Prime Minister House; President House | - | GOV | type=agency
org | embassy; embassies; high commission; consulate; consulate general; consulate-general; consulates; diplomatic mission; permanent mission; chancery | - | GOV | type=agency
org | parliament; parliaments; legislature; national assembly; senate; upper house; lower house; provincial assembly; provincial assemblies; legislative assembly; state assembly; house of representatives; national parliament; federal parliament; standing committee; parliamentary committee; public accounts committee; PAC | - | LEG | type=legislature
org | judiciary; court; courts; the court; supreme court; SC; apex court; top court; high court; constitutional court; constitutional bench; federal court; district court; lower court; trial court; appellate court; court of appeals; appeals court; sessions court; district and sessions court; district & sessions court; civil court; family court; banking court; magistrate court; special court; judicial magistrate's court; special central court; drug court; consumer court | - | JUD | type=court
org | anti-terrorism court; anti terrorism court; antiterrorism court; ATC; ATC-I; ATC-II; anti-terrorism courts | - | JUD | type=court
org | military court; military courts; field general court martial; Field General Court Martial; FGCM; court martial; court-martial | - | JUD | type=court
org | prosecution; public prosecutor's office; prosecutor's office; attorney general's office; prosecutor general's office | - | JUD | type=agency
org | police; the police; police force; police department; traffic police; city police; district police; provincial police; capital police; national police; federal police; state police; border police; riot police; railway police; counter-terrorism police; counter terrorism police; police station | - | COP | type=force
org | joint investigation team; JIT; law enforcement agencies; law enforcement agency; law-enforcement agencies; LEAs; security agencies; investigating agencies; investigation agency | - | COP | type=agency
org | customs; customs department; customs officials; anti-corruption agency; anti-corruption department; excise department; excise and taxation department; immigration authorities; immigration department; border guards; border guard; border force | - | COP | type=agency
org | army; the army; military; the military; armed forces; armed services; defence forces; defense forces; navy; air force; air forces; naval forces; land forces; ground forces; marines; marine corps; security forces; paramilitary; paramilitary forces; paramilitary force; paramilitary troops; coast guard; coast guards; special forces; commandos; military establishment | - | MIL | type=force
org | intelligence agency; intelligence agencies; intelligence services; intelligence service; spy agency; spy agencies; intelligence bureau; IB; military intelligence | - | SPY | type=agency
org | central bank; national bank; election commission; electoral commission; human rights commission; national human rights commission; disaster management authority; civil aviation authority; met office; meteorological department; national security council; NSC | - | GOV | type=agency
org | jirga; jirgas; grand jirga; tribal jirga; peace jirga; loya jirga; shura; peace committee; aman committee | - | CVL | type=ngo
org | opposition; the opposition; opposition parties; opposition party; opposition alliance; opposition benches | - | OPP | type=party
org | ruling party; ruling parties; treasury benches; coalition partners; political parties; political party; religious parties | - | PTY | type=party
org | media; the media; journalists; reporters; state media; state television; state TV; state-run media; state news agency; news agency | - | JRN | type=media
org | civil society; civil society organisations; civil society organizations | - | CVL | type=ngo
org | refugees; migrants; asylum seekers; asylum-seekers; illegal immigrants; undocumented migrants; illegal foreigners; returnees; internally displaced persons; IDPs | - | REF | type=ngo
org | Afghan nationals; Afghan refugees; Afghan migrants; Afghan citizens; Afghan Citizen Card holders; ACC holders; PoR card holders | AFG | REF | type=ngo
org | students; teachers; university; universities | - | EDU | type=university
org | doctors; hospital; hospitals; health workers; paramedics; rescue workers; Rescue 1122; rescue officials | - | MED | type=agency
org | traders; businessmen; business community; industrialists; investors; company; companies | - | BUS | type=company
org | labourers; labour unions; trade union; trade unions | - | LAB | type=ngo
org | lawyers; bar association; bar council; bar associations; lawyers' bodies; legal fraternity | - | LAB | type=ngo
org | ulema; seminary; madressah; madrassa; madrasa | - | REL | type=ngo
org | dacoits; robbers; kidnappers; abductors; drug peddlers; drug traffickers; human smugglers; human traffickers; gangsters; gang; gang members; outlaws | - | CRM |

# =============================================================================================
# PAKISTAN
# =============================================================================================

# --- Executive: offices and federal ministries and divisions -----------------------------
org | Government of Pakistan; Pakistan government; Pakistani government; Govt of Pakistan; Islamabad government | PAK | GOV | type=ministry
org | Aiwan-e-Sadr; Aiwan-i-Sadr; President's Secretariat; President Secretariat; President House Islamabad | PAK | GOV | type=agency
org | Prime Minister's Office Islamabad; PM Office Media Wing; PMO Media Wing | PAK | GOV | type=agency
org | Federal Cabinet of Pakistan; Pakistan's federal cabinet | PAK | GOV | type=ministry
org | FO; MoFA; MOFA; Foreign Office of Pakistan; Pakistan Foreign Office; Ministry of Foreign Affairs Pakistan; Ministry of Foreign Affairs of Pakistan; Pakistan's Foreign Office | PAK | GOV | type=ministry
org | Ministry of Interior and Narcotics Control; Interior and Narcotics Control Division; Interior Division; Ministry of Narcotics Control; Narcotics Control Division | PAK | GOV | type=ministry
org | Ministry of Defence Production; Defence Production Division; Defence Division; MoD Pakistan | PAK | GOV | type=ministry
org | Finance Division; Revenue Division; Ministry of Finance and Revenue; Finance and Revenue Ministry | PAK | GOV | type=ministry
org | Economic Affairs Division; EAD; Ministry of Economic Affairs Division | PAK | GOV | type=ministry
org | Ministry of Planning, Development and Special Initiatives; Ministry of Planning, Development, and Special Initiatives; Ministry of Planning and Development; Ministry of Planning; Planning Ministry; Planning Division; Planning Commission of Pakistan; Planning Commission | PAK | GOV | type=ministry
org | Law and Justice Division; Law Division | PAK | GOV | type=ministry
org | Ministry of Information and Broadcasting Pakistan; Information and Broadcasting Division; MoIB; Press Information Department; PID; External Publicity Wing | PAK | GOV | type=ministry
org | Commerce Division; Ministry of Commerce Pakistan; Board of Investment; BOI; BoI; Trade Development Authority of Pakistan; TDAP | PAK | GOV | type=ministry
org | Ministry of Industries and Production; Industries and Production Division; Ministry of Industries | PAK | GOV | type=ministry
org | Power Division; Petroleum Division; Ministry of Energy (Power Division); Ministry of Energy (Petroleum Division); Ministry of Energy Pakistan | PAK | GOV | type=ministry
org | Ministry of Climate Change and Environmental Coordination; Climate Change Division; Ministry of Climate Change Pakistan | PAK | GOV | type=ministry
org | Ministry of National Health Services, Regulations and Coordination; Ministry of National Health Services Regulations and Coordination; Ministry of National Health Services; Ministry of NHSR&C; NHSR&C; Health Services Division; National Health Services Division | PAK | MED | type=ministry
org | Ministry of Federal Education and Professional Training; Ministry of Federal Education; Federal Education Ministry; Federal Education and Professional Training Division | PAK | EDU | type=ministry
org | Ministry of Religious Affairs and Interfaith Harmony; Religious Affairs Division | PAK | GOV | type=ministry
org | Ministry of Overseas Pakistanis and Human Resource Development; Ministry of Overseas Pakistanis; Overseas Pakistanis Division; Overseas Pakistanis Foundation; OPF; Bureau of Emigration and Overseas Employment; Overseas Employment Corporation; OEC | PAK | GOV | type=ministry
org | Ministry of Kashmir Affairs and Gilgit-Baltistan; Ministry of Kashmir Affairs, Gilgit-Baltistan and SAFRON; Ministry of Kashmir Affairs; Kashmir Affairs Division; Ministry of States and Frontier Regions; Ministry of SAFRON; SAFRON Division; Ministry of Frontier Affairs | PAK | GOV | type=ministry
org | Ministry of National Food Security and Research; Ministry of National Food Security; National Food Security Division; Ministry of NFS&R | PAK | GOV | type=ministry
org | Ministry of Information Technology and Telecommunication; Ministry of IT and Telecom; Ministry of IT; IT Ministry; MoITT; IT and Telecom Division | PAK | GOV | type=ministry
org | Ministry of Science and Technology Pakistan | PAK | GOV | type=ministry
org | Ministry of Poverty Alleviation and Social Safety; Poverty Alleviation and Social Safety Division | PAK | GOV | type=ministry
org | Ministry of Inter-Provincial Coordination; Ministry of Inter Provincial Coordination; IPC Ministry; Inter-Provincial Coordination Division | PAK | GOV | type=ministry
org | Ministry of National Heritage and Culture; National Heritage and Culture Division; National Heritage and Culture Division Islamabad | PAK | GOV | type=ministry
org | Ministry of Housing and Works; Housing and Works Division | PAK | GOV | type=ministry
org | Ministry of Privatisation; Ministry of Privatization; Privatisation Commission; Privatization Commission; Privatisation Division | PAK | GOV | type=ministry
org | Ministry of Water Resources Pakistan; Water Resources Division | PAK | GOV | type=ministry
org | Ministry of Railways Pakistan; Railways Division | PAK | GOV | type=ministry
org | Ministry of Maritime Affairs Pakistan; Maritime Affairs Division | PAK | GOV | type=ministry
org | Ministry of Human Rights Pakistan; Human Rights Division | PAK | GOV | type=ministry
org | Ministry of Parliamentary Affairs Pakistan; Parliamentary Affairs Division | PAK | GOV | type=ministry
org | Cabinet Division; Establishment Division; Aviation Division; National Security Division; Capital Administration and Development Division; CADD; Statistics Division | PAK | GOV | type=ministry
org | Armed Forces Division | PAK | MIL | type=ministry
org | Special Investment Facilitation Council; SIFC | PAK | GOV | type=agency
org | National Finance Commission; NFC; Crisis Management Unit; CMU; Defence Housing Authority; DHA; Pakistan Agricultural Research Council; PARC; Sindh Human Rights Commission; SHRC | PAK | GOV | type=agency
org | Social Media Protection Tribunal | PAK | JUD | type=court
org | Council of Common Interests; CCI | PAK | GOV | type=agency
org | National Economic Council; NEC; Executive Committee of the National Economic Council; ECNEC; Economic Coordination Committee; ECC; Central Development Working Party; CDWP | PAK | GOV | type=agency
org | National Security Committee; NSC of Pakistan; Parliamentary Committee on National Security | PAK | GOV | type=agency
org | apex committee; Provincial Apex Committee; National Apex Committee; Federal Apex Committee | PAK | GOV | type=agency
org | National Action Plan Committee; National Coordination Committee; Cabinet Committee on Legislative Cases; CCLC; Cabinet Committee on Privatisation; Rightsizing Committee | PAK | GOV | type=agency
org | National Counter Terrorism Authority; National Counter-Terrorism Authority; NACTA; Nacta | PAK | GOV | type=agency
org | National Disaster Management Authority; NDMA; National Emergency Operations Centre; NEOC | PAK | GOV | type=agency
org | Provincial Disaster Management Authority; PDMA; Gilgit-Baltistan Disaster Management Authority; GBDMA; State Disaster Management Authority; SDMA | PAK | GOV | type=agency
org | Election Commission of Pakistan; ECP | PAK | GOV | type=agency
org | Federal Board of Revenue; FBR; Inland Revenue Service; Pakistan Customs; Directorate General of Customs Intelligence; Customs Intelligence | PAK | GOV | type=agency
org | State Bank of Pakistan; SBP; State Bank | PAK | GOV | type=agency
org | Securities and Exchange Commission of Pakistan; SECP | PAK | GOV | type=agency
org | Competition Commission of Pakistan; CCP | PAK | GOV | type=agency
org | Pakistan Electronic Media Regulatory Authority; PEMRA; Pemra | PAK | GOV | type=agency
org | Pakistan Telecommunication Authority; PTA | PAK | GOV | type=agency
org | National Electric Power Regulatory Authority; NEPRA; Nepra | PAK | GOV | type=agency
org | Oil and Gas Regulatory Authority; OGRA; Ogra | PAK | GOV | type=agency
org | Indus River System Authority; IRSA; Irsa | PAK | GOV | type=agency
org | Water and Power Development Authority; WAPDA; Wapda | PAK | GOV | type=agency
org | National Database and Registration Authority; NADRA; Nadra | PAK | GOV | type=agency
org | Directorate General of Immigration and Passports; Immigration and Passports; DGIP; Passport Office | PAK | GOV | type=agency
org | Capital Development Authority; CDA | PAK | GOV | type=agency
org | National Highway Authority; NHA | PAK | GOV | type=agency
org | Pakistan Civil Aviation Authority; PCAA; Pakistan Airports Authority; Civil Aviation Authority of Pakistan | PAK | GOV | type=agency
org | Pakistan Atomic Energy Commission; PAEC | PAK | GOV | type=agency
org | Pakistan Space and Upper Atmosphere Research Commission; SUPARCO; Suparco | PAK | GOV | type=agency
org | Pakistan Nuclear Regulatory Authority; PNRA | PAK | GOV | type=agency
org | National Command Authority | PAK | MIL | type=agency
org | Strategic Plans Division | PAK | MIL | type=agency
org | Higher Education Commission; HEC | PAK | EDU | type=agency
org | National Vocational and Technical Training Commission; NAVTTC | PAK | EDU | type=agency
org | Drug Regulatory Authority of Pakistan; DRAP | PAK | MED | type=agency
org | Pakistan Medical and Dental Council; PMDC; PM&DC; Pakistan Medical Commission; PMC | PAK | MED | type=agency
org | National Institute of Health Islamabad; NIH Islamabad | PAK | MED | type=agency
org | Pakistan Bureau of Statistics; PBS | PAK | GOV | type=agency
org | Pakistan Meteorological Department; PMD | PAK | GOV | type=agency
org | Benazir Income Support Programme; BISP; Pakistan Bait-ul-Mal; Bait-ul-Mal | PAK | GOV | type=agency
org | Federal Ombudsman; Wafaqi Mohtasib; Wafaqi Mohtasib Secretariat; Federal Tax Ombudsman | PAK | GOV | type=agency
org | Auditor General of Pakistan's office; Department of the Auditor General of Pakistan; Public Procurement Regulatory Authority; PPRA | PAK | GOV | type=agency
org | Federal Public Service Commission; FPSC | PAK | GOV | type=agency
org | National Commission for Human Rights; NCHR; National Commission on the Status of Women; NCSW; National Commission on the Rights of Child; NCRC | PAK | GOV | type=agency
org | Council of Islamic Ideology; CII | PAK | REL | type=agency
org | Evacuee Trust Property Board; ETPB | PAK | GOV | type=agency
org | Social Media Protection and Regulatory Authority; SMPRA | PAK | GOV | type=agency
org | National Information Technology Board; NITB | PAK | GOV | type=agency
org | Pakistan Software Export Board; PSEB | PAK | GOV | type=agency
org | Federal Government Employees Housing Authority; FGEHA | PAK | GOV | type=agency
org | Pakistan Railways | PAK | GOV | type=company
org | National Logistics Cell; NLC; National Logistics Corporation | PAK | MIL | type=company
org | Frontier Works Organisation; Frontier Works Organization; FWO | PAK | MIL | type=company
org | Gwadar Port Authority; Karachi Port Trust; KPT; Port Qasim Authority; PQA | PAK | GOV | type=agency

# --- Provincial governments and bodies ----------------------------------------------------
org | Punjab government; Government of Punjab; Sindh government; Government of Sindh; Khyber Pakhtunkhwa government; KP government; Government of Khyber Pakhtunkhwa; Balochistan government; Government of Balochistan; Gilgit-Baltistan government; GB government; AJK government; Azad Kashmir government | PAK | GOV | type=ministry
org | Punjab Home Department; Sindh Home Department; KP Home Department; Balochistan Home Department; Home and Tribal Affairs Department | PAK | GOV | type=ministry
org | Karachi Metropolitan Corporation; KMC; Lahore Development Authority; LDA; Malir Development Authority; Sindh Building Control Authority; SBCA; Karachi Water and Sewerage Corporation; KWSC; Sindh Solid Waste Management Board; SSWMB; Parks and Horticulture Authority; PHA; Rawalpindi Development Authority; RDA; Sindh Mass Transit Authority; SMTA | PAK | GOV | type=agency
org | Punjab Safe Cities Authority; PSCA; Punjab Forensic Science Agency; PFSA; Punjab Food Authority; PFA | PAK | GOV | type=agency
org | Karachi Metropolitan Corporation Council; Union Council; Town Municipal Corporation | PAK | GOV | type=agency

# --- Legislatures --------------------------------------------------------------------------
org | Parliament of Pakistan; Pakistani Parliament; Pakistan's Parliament; Majlis-e-Shoora; Majlis-i-Shoora; Majlis-e-Shura | PAK | LEG | type=legislature
org | National Assembly of Pakistan; NA; National Assembly Secretariat; Senate of Pakistan; Senate Secretariat | PAK | LEG | type=legislature
org | Punjab Assembly; Provincial Assembly of Punjab; Sindh Assembly; Provincial Assembly of Sindh; Khyber Pakhtunkhwa Assembly; KP Assembly; Provincial Assembly of Khyber Pakhtunkhwa; Balochistan Assembly; Provincial Assembly of Balochistan; Gilgit-Baltistan Assembly; GB Assembly; AJK Legislative Assembly; Azad Jammu and Kashmir Legislative Assembly; AJK Assembly | PAK | LEG | type=legislature
org | Parliamentary Budget Office; PBO; Pakistan Institute for Parliamentary Services; PIPS Islamabad | PAK | LEG | type=agency

# --- Courts and the judiciary ---------------------------------------------------------------
org | Supreme Court of Pakistan; SCP; Pakistan's Supreme Court | PAK | JUD | type=court
org | Federal Constitutional Court; FCC | PAK | JUD | type=court
org | Federal Shariat Court; FSC; Shariat Appellate Bench | PAK | JUD | type=court
org | Islamabad High Court; IHC | PAK | JUD | type=court
org | Lahore High Court; LHC; LHC Rawalpindi Bench; LHC Multan Bench; LHC Bahawalpur Bench | PAK | JUD | type=court
org | Sindh High Court; SHC | PAK | JUD | type=court
org | Peshawar High Court; PHC | PAK | JUD | type=court
org | Balochistan High Court; BHC | PAK | JUD | type=court
org | Gilgit-Baltistan Chief Court; Gilgit-Baltistan Supreme Appellate Court; AJK High Court; AJK Supreme Court | PAK | JUD | type=court
org | accountability court; Accountability Court; accountability courts | PAK | JUD | type=court
org | Judicial Commission of Pakistan; JCP; Supreme Judicial Council; SJC | PAK | JUD | type=agency
org | Law and Justice Commission of Pakistan; LJCP; National Judicial Policy Making Committee; Federal Judicial Academy; FJA | PAK | JUD | type=agency
org | Attorney General for Pakistan's office; Office of the Attorney General for Pakistan; Prosecutor General Punjab; Punjab Prosecution Department | PAK | JUD | type=agency
org | Supreme Court Bar Association of Pakistan; Supreme Court Bar Association; SCBA; SCBAP; Pakistan Bar Council; Punjab Bar Council; Sindh Bar Council; Khyber Pakhtunkhwa Bar Council; Balochistan Bar Council; Islamabad Bar Council | PAK | LAB | type=ngo
org | Islamabad High Court Bar Association; IHCBA; IHC Bar Association; Lahore High Court Bar Association; LHCBA; Sindh High Court Bar Association; SHCBA; Peshawar High Court Bar Association; Balochistan High Court Bar Association; Karachi Bar Association; KBA; Lahore Bar Association; LBA; Islamabad District Bar Association; Hyderabad District Bar Association; HDBA | PAK | LAB | type=ngo

# --- Armed forces ----------------------------------------------------------------------------
org | Pakistan Armed Forces; Armed Forces of Pakistan; Pakistan's armed forces; Pakistani armed forces; Pakistani Armed Forces | PAK | MIL | type=force
org | Pakistan Army; Pak Army; Pakistani army; Pakistani military; Pakistan military; Pakistan's military | PAK | MIL | type=force
org | Pakistan Navy; Pak Navy; PN; Pakistani navy; Pakistan Navy Ship; PNS | PAK | MIL | type=force
org | Pakistan Air Force; PAF; Pak Air Force; Pakistani air force | PAK | MIL | type=force
org | Pakistan Marines; Pakistan Maritime Security Agency; PMSA; Maritime Security Agency; Pakistan Coast Guards; PCG | PAK | MIL | type=force
org | Inter-Services Public Relations; Inter Services Public Relations; ISPR | PAK | MIL | type=agency
org | General Headquarters; GHQ; Joint Staff Headquarters; JSHQ; Joint Chiefs of Staff Committee; Naval Headquarters; Air Headquarters; Army Rocket Force Command; ARFC; Army Strategic Forces Command | PAK | MIL | type=force
org | Special Services Group; SSG; Special Service Group; SSG Navy; Zarrar Company | PAK | MIL | type=force
org | Frontier Corps; FC; Frontier Corps Khyber Pakhtunkhwa; FC Khyber Pakhtunkhwa; FC KP; Frontier Corps Balochistan; FC Balochistan; FC North; FC South | PAK | MIL | type=force
org | Rangers; Pakistan Rangers; Sindh Rangers; Punjab Rangers; Pakistan Rangers Sindh; Pakistan Rangers Punjab | PAK | MIL | type=force
org | Combined Military Hospital; CMH; Armed Forces Institute of Cardiology; AFIC; Military Hospital | PAK | MIL | type=agency
org | National Defence University; NDU; Pakistan Military Academy; PMA; Command and Staff College | PAK | MIL | type=university

# --- Intelligence -----------------------------------------------------------------------------
org | Inter-Services Intelligence; Inter Services Intelligence; ISI; Directorate of Inter-Services Intelligence | PAK | SPY | type=agency
org | Intelligence Bureau of Pakistan; Pakistan's Intelligence Bureau | PAK | SPY | type=agency

# --- Police and civilian law enforcement ---------------------------------------------------
org | Federal Investigation Agency; FIA; FIA Counter-Terrorism Wing; FIA Cybercrime Wing; FIA Immigration | PAK | COP | type=agency
org | National Cyber Crime Investigation Agency; National Cyber Crimes Investigation Agency; National Cybercrime Investigation Agency; NCCIA | PAK | COP | type=agency
org | National Accountability Bureau; NAB | PAK | COP | type=agency
org | Anti-Narcotics Force; Anti Narcotics Force; ANF | PAK | COP | type=force
org | Counter Terrorism Department; Counter-Terrorism Department; CTD; Counter Terrorism Department Punjab; CTD Punjab; CTD Sindh; CTD KP; CTD Khyber Pakhtunkhwa; CTD Balochistan | PAK | COP | type=force
org | Crime Control Department; CCD; Crime Investigation Agency; Crime Investigation Department; Anti-Violent Crime Cell; AVCC; Special Investigation Unit; SIU; Homicide Investigation Unit; HIU; Special Protection Unit; SPU; Serious Crimes Investigation Wing; SCIW; Anti-Riot Force; Anti-Riot Unit | PAK | COP | type=force
org | Islamabad Police; Islamabad police; ICT Police; ICT police; Islamabad Capital Territory Police; Islamabad Capital Police; Islamabad Capital City Police; Islamabad Traffic Police; ITP; Safe City Islamabad | PAK | COP | type=force
org | Punjab Police; Punjab police; Sindh Police; Sindh police; Khyber Pakhtunkhwa Police; Khyber Pakhtunkhwa police; KP Police; KP police; Balochistan Police; Balochistan police; Gilgit-Baltistan Police; GB Police; AJK Police; Azad Kashmir Police | PAK | COP | type=force
org | Karachi Police; Karachi police; Lahore Police; Lahore police; Rawalpindi Police; Rawalpindi police; Peshawar Police; Peshawar police; Quetta Police; Quetta police; Faisalabad Police; Multan Police; Bannu Police; Capital City Police Lahore; Capital City Police Peshawar; Rawalpindi City Police | PAK | COP | type=force
org | National Highways and Motorway Police; National Highway and Motorway Police; NHMP; Motorway Police; Pakistan Railways Police | PAK | COP | type=force
org | Levies; Balochistan Levies; Levies Force; Khyber Pakhtunkhwa Levies | PAK | COP | type=force
org | Frontier Constabulary; Federal Constabulary | PAK | COP | type=force
org | Elite Force; Elite Police; Dolphin Force; Dolphin Squad; Punjab Highway Patrol; Special Security Unit; SSU; Rapid Response Force | PAK | COP | type=force
org | Anti-Corruption Establishment; ACE; Anti-Corruption Establishment Punjab; Anti-Corruption Establishment Sindh | PAK | COP | type=agency
org | Central Police Office; Police Service of Pakistan | PAK | COP | type=agency

# --- Parties and political movements --------------------------------------------------------
org | Pakistan Muslim League-Nawaz; Pakistan Muslim League (Nawaz); Pakistan Muslim League Nawaz; Pakistan Muslim League-N; Pakistan Muslim League (N); PML-N; PMLN; PML(N); PML N; Muslim League-N; N-League; Pakistan Muslim League; PML; Muslim League | PAK | PTY | type=party
org | Pakistan Peoples Party; Pakistan People's Party; Pakistan Peoples Party Parliamentarians; PPPP; PPP; PPP-P; Peoples Party; People's Party | PAK | PTY | type=party
org | Pakistan Tehreek-e-Insaf; Pakistan Tehreek-i-Insaf; Pakistan Tehreek-e-Insaaf; Pakistan Tehrik-i-Insaf; Pakistan Tehrik-e-Insaf; Tehreek-e-Insaf; Tehreek-i-Insaf; PTI | PAK | PTY | type=party
org | Pakistan Tehreek-e-Insaf Parliamentarians; Pakistan Tehreek-i-Insaf Parliamentarians; PTI-P; PTI Parliamentarians | PAK | PTY | type=party
org | Jamiat Ulema-e-Islam-Fazl; Jamiat Ulema-i-Islam-Fazl; Jamiat Ulema-e-Islam (F); Jamiat Ulema-i-Islam (F); Jamiat Ulema-e-Islam-F; Jamiat Ulema-i-Islam-F; Jamiat Ulema-e-Islam Fazl; JUI-F; JUI (F); JUIF; Jamiat Ulema-e-Islam; Jamiat Ulema-i-Islam; JUI | PAK | PTY | type=party
org | Jamiat Ulema-e-Islam-Sami; Jamiat Ulema-i-Islam-Sami; JUI-S; Jamiat Ulema-e-Islam Pakistan; JUI-P; Jamiat Ulema-e-Pakistan; Jamiat Ulema-i-Pakistan; JUP | PAK | PTY | type=party
org | Muttahida Qaumi Movement-Pakistan; Muttahida Qaumi Movement Pakistan; Muttahida Qaumi Movement; MQM-P; MQM; MQM-Pakistan; MQM-London; MQM-Haqiqi; MQM-H | PAK | PTY | type=party
org | Awami National Party; ANP | PAK | PTY | type=party
org | Jamaat-e-Islami; Jamaat-i-Islami; Jamaat-e-Islami Pakistan; Jamaat-i-Islami Pakistan; JI | PAK | PTY | type=party
org | Tehreek-e-Labbaik Pakistan; Tehreek-i-Labbaik Pakistan; Tehreek Labbaik Pakistan; Tehrik-i-Labbaik Pakistan; Tehreek-e-Labbaik; Tehreek-i-Labbaik; TLP | PAK | PTY | type=party
org | Balochistan National Party-Mengal; Balochistan National Party (Mengal); Balochistan National Party; BNP-M; BNP-Mengal; BNP (Mengal); BNP; Balochistan National Party-Awami; BNP-Awami; BNP Awami; BNP-A | PAK | PTY | type=party
org | Pakistan Muslim League-Quaid; Pakistan Muslim League (Quaid); Pakistan Muslim League-Q; PML-Q; Pakistan Muslim League-Functional; PML-F; Pakistan Muslim League-Zia; PML-Z; Awami Muslim League | PAK | PTY | type=party
org | Istehkam-e-Pakistan Party; Istehkam-i-Pakistan Party; Istehkam-e-Pakistan; IPP | PAK | PTY | type=party
org | Majlis Wahdat-e-Muslimeen; Majlis Wahdat-i-Muslimeen; Majlis-e-Wahdat-e-Muslimeen; Majlis Wahdatul Muslimeen; MWM | PAK | PTY | type=party
org | Sunni Ittehad Council; SIC | PAK | PTY | type=party
org | National Party; NP | PAK | PTY | type=party
org | Balochistan Awami Party; BAP | PAK | PTY | type=party
org | Pashtunkhwa Milli Awami Party; Pashtoonkhwa Milli Awami Party; Pakhtunkhwa Milli Awami Party; PkMAP; PKMAP | PAK | PTY | type=party
org | Qaumi Watan Party; QWP; Jamhoori Watan Party; JWP; Hazara Democratic Party; Sindh United Party; SUP; Awami Pakistan Party; Pakistan Markazi Muslim League; PMML; Awami Workers Party; AWP; Jeay Sindh Qaumi Mahaz; JSQM; All Jammu and Kashmir Muslim Conference; Qaumi Awami Tehreek; Sindh Taraqqi-pasand Party; National Democratic Movement; Sunni Tehreek; Pakistan Sunni Tehreek | PAK | PTY | type=party
org | Grand Democratic Alliance; GDA; Pakistan Democratic Movement; PDM; Tehreek-e-Tahaffuz-e-Ayeen-e-Pakistan; Tehreek-i-Tahaffuz-i-Ayeen-i-Pakistan; Tehreek Tahaffuz Ayeen-e-Pakistan; Tehreek Tahaffuz Ayeen-i-Pakistan; Tehreek Tahafuz Ayeen-i-Pakistan; Tehreek Tahafuz Ayeen-e-Pakistan; Tehreek-i-Tahaffuz-i-Ayeen Pakistan; TTAP; Tahaffuz-e-Ayeen-e-Pakistan; Grand Opposition Alliance | PAK | PTY | type=party
org | Baloch Yakjehti Committee; BYC | PAK | OPP | type=ngo
org | Pashtun Tahaffuz Movement; Pashtoon Tahaffuz Movement; Pashtun Tahafuz Movement; PTM | PAK | OPP | type=ngo
org | Jammu Kashmir Joint Awami Action Committee; Joint Awami Action Committee; JKJAAC; JAAC | PAK | OPP | type=ngo
org | Ahle Sunnat Wal Jamaat; Ahl-e-Sunnat Wal Jamaat; ASWJ | PAK | REL | type=ngo
org | Tanzeem-ul-Madaris; Wafaq-ul-Madaris; Wafaqul Madaris; Ittehad-e-Tanzeemat-e-Madaris; Jamia Haqqania; Darul Uloom Haqqania | PAK | REL | type=ngo

# --- Media ----------------------------------------------------------------------------------
org | Associated Press of Pakistan; APP | PAK | JRN | type=media
org | Dawn; Dawn.com; DawnNews; Dawn News; Dawn newspaper | PAK | JRN | type=media
org | Pakistan Television; Pakistan Television Corporation; PTV; PTV News; PTV World | PAK | JRN | type=media
org | Radio Pakistan; Pakistan Broadcasting Corporation | PAK | JRN | type=media
org | Geo News; Geo TV; Geo; Jang; Daily Jang; Jang Group; The News International; Express Tribune; The Express Tribune; Express News; ARY News; ARY; Samaa TV; Samaa; Dunya News; Aaj News; Business Recorder; Daily Times; Pakistan Observer; Nawa-i-Waqt; Nawa-e-Waqt; Online news agency; NNI; INP | PAK | JRN | type=media
org | Kashmir Media Service; KMS | PAK | JRN | type=media
org | Pakistan Federal Union of Journalists; PFUJ; Karachi Union of Journalists; KUJ; Rawalpindi-Islamabad Union of Journalists; RIUJ; National Press Club; NPC; Karachi Press Club; Lahore Press Club; Peshawar Press Club; Quetta Press Club; Council of Pakistan Newspaper Editors; CPNE; All Pakistan Newspapers Society; APNS | PAK | JRN | type=ngo

# --- Think tanks, NGOs and civil society ---------------------------------------------------
org | Human Rights Commission of Pakistan; HRCP | PAK | NGO | type=ngo
org | Institute of Strategic Studies Islamabad; Institute of Strategic Studies, Islamabad; ISSI; Arms Control and Disarmament Centre; ACDC; India Study Centre; China-Pakistan Study Centre; Centre for Afghanistan, Middle East and Africa; CAMEA; Centre for Strategic Perspectives; CSP | PAK | NGO | type=ngo
org | Islamabad Policy Research Institute; IPRI; Institute of Regional Studies; IRS; Institute of Policy Studies; Strategic Vision Institute; SVI; Centre for Aerospace and Security Studies; Centre for Aerospace & Security Studies; CASS; Centre for International Strategic Studies; CISS; Islamabad Institute of Conflict Resolution; Pakistan Institute of International Affairs; PIIA; Pakistan Africa Institute for Development and Research; PAIDAR; Institute of Peace and Diplomatic Studies; IPDS | PAK | NGO | type=ngo
org | Centre for Research and Security Studies; Center for Research and Security Studies; CRSS; Pakistan Institute for Conflict and Security Studies; PICSS; Picss; Pak Institute for Peace Studies; Pakistan Institute for Peace Studies; PIPS; Sustainable Development Policy Institute; SDPI; Pakistan Institute of Legislative Development and Transparency; Pakistan Institute of Legislative Development And Transparency; PILDAT; Centre for Law and Security; CLAS; Jinnah Institute; Tabadlab; Free and Fair Election Network; FAFEN; Digital Rights Foundation; DRF; Bytes for All; Pakistan Press Foundation; PPF; Freedom Network | PAK | NGO | type=ngo
org | Edhi Foundation; Chhipa Welfare Association; Saylani Welfare Trust; Al-Khidmat Foundation; Alkhidmat Foundation; Akhuwat; Shaukat Khanum Memorial Cancer Hospital; Aurat Foundation; Aurat March; SADEQUAIN Foundation; Al-Mizan Foundation | PAK | NGO | type=ngo
org | Federation of Pakistan Chambers of Commerce and Industry; FPCCI; Karachi Chamber of Commerce and Industry; KCCI; Lahore Chamber of Commerce and Industry; LCCI; Islamabad Chamber of Commerce and Industry; ICCI; Rawalpindi Chamber of Commerce and Industry; RCCI; Quetta Chamber of Commerce and Industry; QCCI; Sarhad Chamber of Commerce and Industry; SCCI; Women Chamber of Commerce and Industry; WCCI; Pakistan Business Council; Overseas Investors Chamber of Commerce and Industry; OICCI; Pakistan Sugar Mills Association; All Pakistan Textile Mills Association; APTMA | PAK | BUS | type=ngo
org | Young Doctors Association; YDA; Pakistan Medical Association; Grand Health Alliance; GHA | PAK | MED | type=ngo
org | Pakistan Cricket Board; PCB; Pakistan Sports Board; PSB; Pakistan Hockey Federation; PHF | PAK | CVL | type=ngo
org | Pakistan Red Crescent Society; PRCS | PAK | NGO | type=ngo

# --- Universities and hospitals ---------------------------------------------------------------
org | Quaid-i-Azam University; Quaid-e-Azam University; QAU; National University of Sciences and Technology; NUST; Lahore University of Management Sciences; LUMS; National University of Modern Languages; NUML; International Islamic University Islamabad; International Islamic University; IIUI; Allama Iqbal Open University; AIOU; COMSATS University Islamabad; COMSATS University; COMSATS; Air University; Bahria University; Pakistan Institute of Engineering and Applied Sciences; PIEAS; Institute of Business Administration; IBA; Aga Khan University; AKU; University of the Punjab; Punjab University; University of Karachi; Karachi University; University of Peshawar; Peshawar University; University of Balochistan; Balochistan University; Government College University; GCU; Government College University Faisalabad; GCUF; University of Agriculture Faisalabad; UAF; Gomal University; University of Engineering and Technology; UET; Ghulam Ishaq Khan Institute; GIK Institute; GIKI; Al-Qadir University; Al-Qadir University Trust; Fatima Jinnah Women University; NED University; Dow University of Health Sciences; King Edward Medical University; Khyber Medical University; University of Health Sciences; Pakistan Institute of Development Economics; PIDE; Quaid-i-Azam University Islamabad | PAK | EDU | type=university
org | Pakistan Institute of Medical Sciences; PIMS; Pims; Polyclinic; Federal Government Polyclinic; Jinnah Postgraduate Medical Centre; JPMC; Civil Hospital Karachi; Abbasi Shaheed Hospital; Holy Family Hospital; HFH; Benazir Bhutto Hospital; Lady Reading Hospital; LRH; Mayo Hospital; Services Hospital; Jinnah Hospital; Punjab Institute of Cardiology; PIC; National Institute of Cardiovascular Diseases; NICVD; Shaheed Mohtarma Benazir Bhutto Trauma Centre; Aga Khan University Hospital; Liaquat National Hospital; District Headquarters Hospital; DHQ Hospital; DHQ; Tehsil Headquarters Hospital; THQ Hospital; THQ; National Institute of Health; NIH | PAK | MED | type=agency

# --- Companies --------------------------------------------------------------------------------
org | Pakistan International Airlines; PIA; Pakistan International Airlines Corporation; PIACL; Airblue; AirSial; Serene Air; Fly Jinnah | PAK | BUS | type=company
org | Pakistan State Oil; Oil and Gas Development Company; Oil and Gas Development Company Limited; OGDCL; Pakistan Petroleum Limited; PPL; Mari Petroleum; Sui Northern Gas Pipelines; Sui Northern Gas Pipelines Limited; SNGPL; Sui Southern Gas Company; SSGC; SSGCL; K-Electric; Pakistan Steel Mills; PSM; Pakistan LNG Limited; Pakistan Refinery Limited; PRL; Government Holdings Private Limited; GHPL; Reko Diq Mining Company; Saindak Metals | PAK | BUS | type=company
org | National Bank of Pakistan; NBP; Habib Bank Limited; Habib Bank; HBL; United Bank Limited; United Bank; UBL; MCB Bank; Meezan Bank; Bank Alfalah; Allied Bank; Bank of Punjab; Bank of Khyber; Askari Bank; Faysal Bank; Pakistan Stock Exchange; PSX; Karachi Stock Exchange | PAK | BUS | type=company
org | Pakistan Telecommunication Company Limited; PTCL; Zong; Ufone; Telenor Pakistan; Pakistan Post | PAK | BUS | type=company
org | Fauji Foundation; Fauji Fertilizer Company; FFC; Engro; Engro Corporation; Lucky Cement; Nishat Group; Hub Power Company; HUBCO; Utility Stores Corporation; USC; Trading Corporation of Pakistan; TCP; Pakistan Agricultural Storage and Services Corporation; PASSCO; Bahria Town | PAK | BUS | type=company
org | Multan Electric Power Company; MEPCO; Lahore Electric Supply Company; LESCO; Islamabad Electric Supply Company; IESCO; Peshawar Electric Supply Company; PESCO; Faisalabad Electric Supply Company; FESCO; Quetta Electric Supply Company; QESCO; Hyderabad Electric Supply Company; HESCO; Sukkur Electric Power Company; SEPCO; Gujranwala Electric Power Company; GEPCO; Tribal Electric Supply Company; TESCO; Central Power Purchasing Agency; CPPA; CPPA-G | PAK | BUS | type=company

# =============================================================================================
# AFGHANISTAN: the Taliban government (GUIDELINES: the Afghan Taliban government -> AFG)
# =============================================================================================
org | Afghan Taliban; Taliban; the Taliban; Taliban government; Taliban regime; Taliban administration; Taliban authorities; Taliban-led government; Taliban rulers; Taliban leadership | AFG | GOV | type=ministry
org | Islamic Emirate of Afghanistan; Islamic Emirate; Afghan interim government; interim Afghan government; Afghan interim administration; Kabul regime; Kabul administration; Kabul government | AFG | GOV | type=ministry
org | Afghan government; Government of Afghanistan; Afghan authorities; Afghan Ministry of Foreign Affairs; Afghan foreign ministry; Afghan Ministry of Refugees and Repatriation; Afghan Ministry of Interior | AFG | GOV | type=ministry
org | Afghan security forces; Afghan forces; Afghan border forces; Afghan border guards; Afghan Taliban forces; Taliban forces; Taliban fighters; Afghan army | AFG | MIL | type=force
org | General Directorate of Intelligence; GDI Afghanistan | AFG | SPY | type=agency
org | Bakhtar News Agency; Bakhtar; TOLOnews; Tolo News; Pajhwok Afghan News; Pajhwok; Amu TV; Afghanistan International; Khaama Press; Ariana News | AFG | JRN | type=media

# =============================================================================================
# INDIA
# =============================================================================================
org | Government of India; Indian government; Modi government; Modi regime; New Delhi government | IND | GOV | type=ministry
org | Ministry of External Affairs; MEA; External Affairs Ministry; Indian Ministry of External Affairs; Indian External Affairs Ministry | IND | GOV | type=ministry
org | Ministry of Home Affairs India; Indian Home Ministry; Indian Ministry of Home Affairs | IND | GOV | type=ministry
org | Research and Analysis Wing; Research & Analysis Wing; RAW; R&AW | IND | SPY | type=agency
org | Intelligence Bureau of India; Indian Intelligence Bureau | IND | SPY | type=agency
org | Indian Army; Indian army; Indian military; Indian Armed Forces; Indian armed forces; Indian Navy; Indian navy; Indian Air Force; Indian air force; IAF; Indian forces; Indian troops; Indian occupation forces | IND | MIL | type=force
org | Border Security Force; BSF; Central Reserve Police Force; CRPF; Rashtriya Rifles; Assam Rifles; Indo-Tibetan Border Police; ITBP | IND | MIL | type=force
org | National Investigation Agency; NIA; Central Bureau of Investigation; CBI; Enforcement Directorate; Jammu and Kashmir Police; J&K Police; Jammu and Kashmir police; Delhi Police; Mumbai Police | IND | COP | type=agency
org | Lok Sabha; Rajya Sabha; Indian Parliament; Indian parliament | IND | LEG | type=legislature
org | Supreme Court of India; Indian Supreme Court; Election Commission of India | IND | JUD | type=court
org | Bharatiya Janata Party; BJP; BJP-RSS; Indian National Congress; Congress party; Congress Party; Aam Aadmi Party; AAP; Shiv Sena; Trinamool Congress; Samajwadi Party; Jammu and Kashmir National Conference; Peoples Democratic Party; PDP | IND | PTY | type=party
org | Rashtriya Swayamsevak Sangh; RSS; Vishwa Hindu Parishad; VHP; Bajrang Dal; Sangh Parivar | IND | NGO | type=ngo
org | Indian Space Research Organisation; ISRO; Defence Research and Development Organisation; DRDO | IND | GOV | type=agency
org | Press Trust of India; ANI; Asian News International; NDTV; Times of India; The Times of India; Hindustan Times; Indian Express; The Indian Express; India Today; The Wire; Republic TV; Zee News; ThePrint | IND | JRN | type=media
org | All Parties Hurriyat Conference; All Parties Hurriyat Conference (APHC); APHC; Hurriyat Conference; Hurriyat; APHC-AJK | IND | OPP | type=party
org | Adani Group; Reliance Industries; Tata Group; Tata Sons | IND | BUS | type=company

# =============================================================================================
# UNITED STATES
# =============================================================================================
org | US government; U.S. government; United States government; American government; US administration; U.S. administration; American administration; Trump administration; Biden administration; Washington administration | USA | GOV | type=ministry
org | White House; Oval Office; Executive Office of the President; National Security Council of the United States; US National Security Council | USA | GOV | type=agency
org | State Department; US State Department; U.S. State Department; United States Department of State; Department of State; US Department of State; U.S. Department of State; State Dept; Foggy Bottom; Bureau of Counterterrorism | USA | GOV | type=ministry
org | Pentagon; Department of Defense; US Department of Defense; U.S. Department of Defense; Defense Department; US Defense Department; DoD; Department of War; War Department; US Department of War | USA | MIL | type=ministry
org | US Treasury; U.S. Treasury; Treasury Department; US Treasury Department; U.S. Treasury Department; Department of the Treasury; Office of Foreign Assets Control; OFAC | USA | GOV | type=ministry
org | Department of Justice; Justice Department; US Justice Department; U.S. Justice Department; DOJ; US Department of Justice | USA | GOV | type=ministry
org | Department of Homeland Security; Homeland Security; DHS; US Department of Homeland Security | USA | GOV | type=ministry
org | Department of Commerce; Commerce Department; US Commerce Department; Department of Energy; Energy Department; Department of Agriculture; Department of Education; Department of Health and Human Services; Department of Labor; Department of Transportation; Department of Veterans Affairs | USA | GOV | type=ministry
org | Department of Government Efficiency; DOGE | USA | GOV | type=agency
org | US Agency for International Development; U.S. Agency for International Development; United States Agency for International Development; USAID | USA | GOV | type=agency
org | Office of the US Trade Representative; Office of the United States Trade Representative; US Trade and Development Agency; USTDA; US International Development Finance Corporation; International Development Finance Corporation; DFC; Export-Import Bank of the United States; Millennium Challenge Corporation | USA | GOV | type=agency
org | Federal Reserve; US Federal Reserve; Federal Aviation Administration; FAA; Food and Drug Administration; US Environmental Protection Agency; National Transportation Safety Board; NTSB; National Weather Service; NOAA; Federal Emergency Management Agency; FEMA; Centers for Disease Control and Prevention; CDC; National Institutes of Health; Securities and Exchange Commission; SEC; Federal Communications Commission; NASA | USA | GOV | type=agency
org | US Institute of Peace; United States Institute of Peace; USIP | USA | GOV | type=agency
org | Special Inspector General for Afghanistan Reconstruction; SIGAR | USA | GOV | type=agency
org | Central Intelligence Agency; CIA; National Security Agency; Office of the Director of National Intelligence; ODNI; Defense Intelligence Agency; DIA | USA | SPY | type=agency
org | Federal Bureau of Investigation; FBI; Drug Enforcement Administration; DEA; Immigration and Customs Enforcement; ICE; US Immigration and Customs Enforcement; Customs and Border Protection; CBP; US Customs and Border Protection; Border Patrol; US Border Patrol; Bureau of Alcohol, Tobacco, Firearms and Explosives; ATF; US Marshals; US Marshals Service; Secret Service; US Secret Service; New York Police Department; NYPD; Los Angeles Police Department; LAPD | USA | COP | type=agency
org | US Central Command; U.S. Central Command; United States Central Command; Central Command; CENTCOM; Centcom; US Indo-Pacific Command; Indo-Pacific Command; INDOPACOM; US European Command; EUCOM; US Africa Command; AFRICOM; US Special Operations Command; SOCOM; Joint Chiefs of Staff; US Joint Chiefs of Staff | USA | MIL | type=force
org | US military; U.S. military; US Army; U.S. Army; United States Army; US Navy; U.S. Navy; United States Navy; US Air Force; U.S. Air Force; United States Air Force; US Marine Corps; U.S. Marine Corps; US Marines; US Space Force; US Coast Guard; US forces; U.S. forces; American forces; American troops; US troops; National Guard; US National Guard | USA | MIL | type=force
org | Congress; US Congress; U.S. Congress; United States Congress; American Congress; US Senate; U.S. Senate; United States Senate; US House of Representatives; U.S. House of Representatives; House of Representatives of the United States; Senate Foreign Relations Committee; House Foreign Affairs Committee; Senate Armed Services Committee; House Armed Services Committee; Senate Intelligence Committee; House Intelligence Committee; Senate Judiciary Committee; Capitol Hill; Congressional Research Service; Library of Congress | USA | LEG | type=legislature
org | US Supreme Court; U.S. Supreme Court; United States Supreme Court; US District Court; U.S. District Court; US Court of Appeals; U.S. Court of Appeals; Court of International Trade; US Court of International Trade | USA | JUD | type=court
org | Republican Party; Republicans; GOP; Democratic Party; Democrats; Democratic National Committee; Republican National Committee | USA | PTY | type=party
org | Associated Press; AP; CNN; Fox News; NBC; NBC News; CBS; CBS News; ABC News; MSNBC; New York Times; The New York Times; NYT; Washington Post; The Washington Post; Wall Street Journal; The Wall Street Journal; WSJ; Bloomberg; Bloomberg News; Axios; Politico; Voice of America; VOA; Radio Free Europe/Radio Liberty; Radio Free Europe; RFE/RL; Radio Free Asia; Newsweek; Time magazine; NPR; CNBC | USA | JRN | type=media
org | Atlantic Council; Brookings Institution; Carnegie Endowment for International Peace; Council on Foreign Relations; Heritage Foundation; Wilson Center; Wilson Centre; Stimson Center; RAND Corporation; Center for Strategic and International Studies; CSIS; Middle East Institute; Hudson Institute; American Civil Liberties Union; ACLU; Council on American-Islamic Relations; CAIR; Gaza Humanitarian Foundation; GHF | USA | NGO | type=ngo
org | Harvard University; Columbia University; Yale University; Stanford University; Princeton University; Massachusetts Institute of Technology; MIT; Georgetown University; Johns Hopkins University; University of California | USA | EDU | type=university
org | Boeing; Lockheed Martin; Tesla; SpaceX; Apple; Google; Meta; Microsoft; Amazon; OpenAI; Nvidia; ExxonMobil; Chevron; Pfizer; Starlink; JPMorgan; Goldman Sachs; Citigroup; BlackRock | USA | BUS | type=company

# =============================================================================================
# CHINA
# =============================================================================================
org | Chinese government; Government of China; Beijing government; Central People's Government; State Council; State Council of China; Chinese State Council | CHN | GOV | type=ministry
org | Chinese foreign ministry; Chinese Foreign Ministry; Ministry of Foreign Affairs of China; Chinese Ministry of Foreign Affairs; Foreign Ministry of China; China's foreign ministry | CHN | GOV | type=ministry
org | Ministry of Commerce of China; MOFCOM; National Development and Reform Commission; NDRC; China International Development Cooperation Agency; CIDCA; Ministry of Public Security of China; Chinese Ministry of Public Security; People's Bank of China; PBOC; China Development Bank; Export-Import Bank of China; China Exim Bank; Exim Bank of China; Silk Road Fund | CHN | GOV | type=agency
org | Communist Party of China; Chinese Communist Party; CPC; CPC Central Committee; Central Committee of the Communist Party of China; Political Bureau of the CPC Central Committee; Politburo Standing Committee; International Department of the Communist Party of China; International Department of the CPC Central Committee; IDCPC; International Liaison Department | CHN | PTY | type=party
org | National People's Congress; NPC Standing Committee; Chinese People's Political Consultative Conference; CPPCC | CHN | LEG | type=legislature
org | People's Liberation Army; People's Liberation Army Air Force; People's Liberation Army Navy; PLA; PLA Navy; PLA Air Force; PLAAF; PLA Rocket Force; Chinese military; Chinese army; Chinese navy; Central Military Commission; CMC; Eastern Theatre Command; Western Theatre Command; Southern Theatre Command; Chinese People's Armed Police; People's Armed Police | CHN | MIL | type=force
org | Ministry of State Security of China; MSS | CHN | SPY | type=agency
org | Xinhua; Xinhua News Agency; CGTN; China Global Television Network; China Central Television; China Media Group; CMG; Global Times; People's Daily; China Daily; China Radio International; China Economic Net | CHN | JRN | type=media
org | China Road and Bridge Corporation; CRBC; China Overseas Ports Holding Company; COPHC; China Power; China Three Gorges; China Three Gorges Corporation; Huawei; ZTE; PowerChina; China State Construction Engineering Corporation; CSCEC; China Harbour Engineering Company; CHEC; China National Nuclear Corporation; CNNC; Sinopec; CNPC; Dongfang Electric; Metallurgical Corporation of China | CHN | BUS | type=company
org | Tsinghua University; Peking University; Fudan University; Soochow University; Chinese Academy of Sciences; Chinese Academy of Social Sciences | CHN | EDU | type=university

# =============================================================================================
# IRAN
# =============================================================================================
org | Iranian government; Government of Iran; Tehran government | IRN | GOV | type=ministry
org | Guardian Council; Council of Guardians; Expediency Council; Assembly of Experts; Supreme National Security Council; SNSC; Atomic Energy Organization of Iran; AEOI; Iranian foreign ministry; Iranian Foreign Ministry; Iran's foreign ministry | IRN | GOV | type=agency
org | Islamic Revolutionary Guard Corps; Islamic Revolutionary Guards Corps; Revolutionary Guard Corps; Revolutionary Guards Corps; Revolutionary Guards; Revolutionary Guard; IRGC; Iran's Revolutionary Guards; Quds Force; IRGC Quds Force; Basij; Basij militia; Artesh; Iranian armed forces; Iranian military; Iranian army | IRN | MIL | type=force
org | Ministry of Intelligence of Iran; Iranian Ministry of Intelligence; MOIS | IRN | SPY | type=agency
org | Islamic Consultative Assembly; Iranian parliament; Iranian Parliament; Iran's parliament | IRN | LEG | type=legislature
org | Islamic Republic News Agency; IRNA; Tasnim; Tasnim News Agency; Fars News Agency; Mehr News Agency; Mehr News; Press TV; PressTV; Islamic Republic of Iran Broadcasting; IRIB; ISNA; Iranian Students' News Agency; Kayhan | IRN | JRN | type=media
org | University of Tehran; Tehran University | IRN | EDU | type=university

# =============================================================================================
# RUSSIA AND FORMER SOVIET STATES
# =============================================================================================
org | Kremlin; the Kremlin; Russian government; Government of Russia; Russian foreign ministry; Russian Foreign Ministry; Russian Ministry of Foreign Affairs; Security Council of Russia; Russian Security Council | RUS | GOV | type=ministry
org | State Duma; Duma; Federation Council; Russian parliament | RUS | LEG | type=legislature
org | Russian military; Russian army; Russian armed forces; Russian Armed Forces; Russian forces; Russian troops; Russian Defence Ministry; Russian defence ministry; Russian Defense Ministry; Wagner Group; Africa Corps | RUS | MIL | type=force
org | Federal Security Service; FSB; Foreign Intelligence Service of Russia; SVR; GRU; Main Intelligence Directorate | RUS | SPY | type=agency
org | TASS; Tass; RIA Novosti; RIA; Sputnik; RT; Russia Today; Interfax; Kommersant; Izvestia | RUS | JRN | type=media
org | Rosatom; Gazprom; Rosneft; Lukoil; Rosoboronexport | RUS | BUS | type=company
org | United Russia | RUS | PTY | type=party
org | Institute of Oriental Studies of the Russian Academy of Sciences; Russian Academy of Sciences; ICCA RAS; ICCA-RAS; IMEMO; Primakov National Research Institute of World Economy and International Relations; MGIMO; Valdai Discussion Club | RUS | EDU | type=university
org | Verkhovna Rada; Ukrainian parliament | UKR | LEG | type=legislature
org | Ukrainian army; Ukrainian military; Ukrainian forces; Armed Forces of Ukraine; Security Service of Ukraine; SBU | UKR | MIL | type=force
org | Azerbaijan Railways; ADY; State Oil Company of Azerbaijan Republic; State Oil Company of Azerbaijan; SOCAR; Azerbaijan Airlines; AZAL | AZE | BUS | type=company
org | Azerbaijan Naval Forces; Azerbaijani Naval Forces; Azerbaijan Navy; Azerbaijan Army; Azerbaijani Army; Azerbaijani armed forces; Azerbaijan Armed Forces | AZE | MIL | type=force
org | Milli Majlis; Milli Majlis of Azerbaijan | AZE | LEG | type=legislature
org | Azertac; AZERTAC | AZE | JRN | type=media
org | Oliy Majlis | UZB | LEG | type=legislature
org | Jogorku Kenesh | KGZ | LEG | type=legislature
org | Majilis of Kazakhstan; Mazhilis | KAZ | LEG | type=legislature

# =============================================================================================
# UNITED KINGDOM AND EUROPE
# =============================================================================================
org | Foreign, Commonwealth and Development Office; Foreign, Commonwealth & Development Office; Foreign Commonwealth and Development Office; FCDO; Foreign and Commonwealth Office; FCO; British Foreign Office; UK Foreign Office | GBR | GOV | type=ministry
org | Downing Street; British government; UK government; U.K. government; Her Majesty's Government; His Majesty's Government; Home Office; UK Home Office; British Home Office; Ministry of Defence of the UK; UK Ministry of Defence; British Ministry of Defence; HM Treasury; Department for International Development; DFID; British High Commission; UK High Commission | GBR | GOV | type=ministry
org | House of Commons; House of Lords; British Parliament; British parliament; UK Parliament; UK parliament; Westminster Parliament | GBR | LEG | type=legislature
org | Scotland Yard; New Scotland Yard; Metropolitan Police; Metropolitan Police Service; Met Police; Met police; National Crime Agency; NCA; UK's National Crime Agency; Crown Prosecution Service; CPS; Counter Terrorism Policing; West Midlands Police; Greater Manchester Police; Serious Fraud Office; UK Border Force | GBR | COP | type=agency
org | MI6; MI5; Secret Intelligence Service; Security Service of the UK; GCHQ; Government Communications Headquarters | GBR | SPY | type=agency
org | British Army; British army; Royal Navy; Royal Air Force; British military; British armed forces; British forces; British troops | GBR | MIL | type=force
org | Conservative Party; Conservatives; Tories; Tory party; Labour Party; Labour party; Liberal Democrats; Lib Dems; Reform UK; Scottish National Party; SNP; Sinn Fein; Sinn Féin; Democratic Unionist Party; DUP | GBR | PTY | type=party
org | BBC; British Broadcasting Corporation; BBC Urdu; BBC News; Reuters; Thomson Reuters; Financial Times; FT; The Guardian; Guardian; The Telegraph; Daily Telegraph; The Independent; The Economist; Sky News; ITV; Channel 4; Daily Mail | GBR | JRN | type=media
org | International Institute for Strategic Studies; IISS; Chatham House; Royal United Services Institute; RUSI; Oxford University; University of Oxford; Cambridge University; University of Cambridge; London School of Economics; LSE; School of Oriental and African Studies; SOAS; King's College London | GBR | EDU | type=university
org | Elysee; Elysee Palace; Élysée; Élysée Palace; Quai d'Orsay; French government; French foreign ministry | FRA | GOV | type=ministry
org | French National Assembly; French parliament; French Senate | FRA | LEG | type=legislature
org | AFP; Agence France-Presse; Agence France Presse; Le Monde; France 24; RFI; Radio France Internationale | FRA | JRN | type=media
org | French army; French military; French armed forces; French Navy; French Air Force | FRA | MIL | type=force
org | Dassault Aviation; Dassault; Thales; TotalEnergies; Airbus; Naval Group | FRA | BUS | type=company
org | German government; German foreign ministry; German Foreign Office; Federal Foreign Office; Federal Chancellery | DEU | GOV | type=ministry
org | Bundestag; German parliament | DEU | LEG | type=legislature
org | Bundeswehr; German army; German military | DEU | MIL | type=force
org | Christian Democratic Union; CDU; Christian Social Union; CSU; Social Democratic Party of Germany; SPD; Alternative for Germany; Alternative fur Deutschland; Alternative für Deutschland; AfD | DEU | PTY | type=party
org | Deutsche Welle; DW; dpa; Deutsche Presse-Agentur; Der Spiegel; Spiegel | DEU | JRN | type=media
org | Deutsche Gesellschaft fur Internationale Zusammenarbeit; Deutsche Gesellschaft für Internationale Zusammenarbeit; GIZ; KfW; KfW Development Bank; Friedrich Ebert Stiftung; Friedrich-Ebert-Stiftung; FES; Konrad Adenauer Stiftung; Konrad-Adenauer-Stiftung; KAS; Hanns Seidel Foundation; Friedrich Naumann Foundation; Heinrich Boll Stiftung; Heinrich Böll Stiftung | DEU | NGO | type=ngo
org | Italian government; Italian foreign ministry; Meloni government | ITA | GOV | type=ministry
org | Italian Navy; Italian navy; Italian army; Italian armed forces | ITA | MIL | type=force
org | Carabinieri | ITA | COP | type=force
org | Turkish government; Turkish foreign ministry; Turkish Cooperation and Coordination Agency; TIKA; Presidency of Religious Affairs; Diyanet; Presidency of Defence Industries | TUR | GOV | type=ministry
org | Turkish Armed Forces; Turkish army; Turkish military; Turkish Air Force; Turkish Navy; Turkish Naval Forces | TUR | MIL | type=force
org | National Intelligence Organisation; National Intelligence Organization | TUR | SPY | type=agency
org | Grand National Assembly of Turkiye; Grand National Assembly of Türkiye; Grand National Assembly of Turkey; Turkish Grand National Assembly; TBMM; Turkish parliament | TUR | LEG | type=legislature
org | Justice and Development Party; AK Party; AKP; Republican People's Party; CHP; Nationalist Movement Party; MHP | TUR | PTY | type=party
org | Turkish Maarif Foundation; Maarif Foundation | TUR | EDU | type=ngo
org | Baykar; Turkish Aerospace; Turkish Aerospace Industries; TUSAS; ASFAT; Turkish Airlines | TUR | BUS | type=company
org | Anadolu Agency; Anadolu; TRT; TRT World; Turkish Radio and Television Corporation; Daily Sabah | TUR | JRN | type=media

# =============================================================================================
# GULF AND MIDDLE EAST
# =============================================================================================
org | Saudi government; Saudi Arabian government; Royal Court; Saudi Royal Court; Saudi foreign ministry; Saudi Foreign Ministry; Saudi Fund for Development; SFD; Saudi Development Fund; Public Investment Fund; PIF; Shura Council; Saudi Shura Council; Majlis Al-Shura | SAU | GOV | type=ministry
org | Saudi Press Agency; Al Arabiya; Al-Arabiya; Arab News; Saudi Gazette; Asharq Al-Awsat | SAU | JRN | type=media
org | Saudi Aramco; Aramco; Saudi Arabian Mining Company; Ma'aden; Manara Minerals | SAU | BUS | type=company
org | Muslim World League; World Muslim League; MWL; Rabita al-Alam al-Islami | SAU | NGO | type=ngo
org | Qatari government; Qatar Investment Authority; QIA; Qatar Fund for Development; QFFD; Qatari foreign ministry; Qatari Amiri Diwan; Amiri Diwan | QAT | GOV | type=ministry
org | Al Jazeera; Al-Jazeera; Aljazeera; Al Jazeera English | QAT | JRN | type=media
org | Qatar Airways; QatarEnergy; Qatar Petroleum | QAT | BUS | type=company
org | UAE government; Emirati government; Abu Dhabi Fund for Development; ADFD; Mubadala; Abu Dhabi Investment Authority; ADIA; UAE foreign ministry; Emirati foreign ministry; Federal National Council | ARE | GOV | type=ministry
org | Emirates News Agency; WAM; Gulf News; Khaleej Times | ARE | JRN | type=media
org | Etihad Airways; Emirates airline; flydubai; Air Arabia; DP World; Abu Dhabi Ports; AD Ports; ADNOC; Etisalat | ARE | BUS | type=company
org | Kuwait Fund for Arab Economic Development; Kuwait Fund; Kuwaiti government; Kuwait News Agency; KUNA | KWT | GOV | type=agency
org | Oman News Agency; Omani government; Omani foreign ministry | OMN | GOV | type=agency
org | Bahrain News Agency; Bahraini government | BHR | GOV | type=agency
org | Israeli government; Government of Israel; Israeli cabinet; Israeli security cabinet; Israeli Prime Minister's Office; Israeli foreign ministry; Israel's foreign ministry; Netanyahu government | ISR | GOV | type=ministry
org | Israel Defense Forces; Israel Defence Forces; IDF; Israeli army; Israeli military; Israeli forces; Israeli troops; Israeli Air Force; Israeli air force; Israeli navy; Israeli occupation forces; IOF | ISR | MIL | type=force
org | Israeli police; Israel Police | ISR | COP | type=force
org | Mossad; Shin Bet; Shabak; Israel Security Agency; Unit 8200 | ISR | SPY | type=agency
org | Knesset; Israeli parliament | ISR | LEG | type=legislature
org | Likud; Likud party; Otzma Yehudit; Religious Zionism; Yesh Atid; National Unity party | ISR | PTY | type=party
org | Haaretz; Times of Israel; The Times of Israel; Jerusalem Post; The Jerusalem Post; Yedioth Ahronoth; Ynet; Channel 12; Army Radio | ISR | JRN | type=media
org | Palestinian Authority; Palestine Liberation Organization; Palestine Liberation Organisation; PLO; Palestinian government; Palestinian Authority government; Gaza government; Gaza's government media office; Government Media Office; Palestinian foreign ministry | PSE | GOV | type=ministry
org | Gaza health ministry; Gaza Health Ministry; Gaza's health ministry; Palestinian health ministry; Palestinian Health Ministry; Ministry of Health in Gaza; Gaza civil defence agency; Gaza civil defence; Gaza's civil defence agency; Palestinian Civil Defence; Civil Defence in Gaza; Palestinian Red Crescent; Palestinian Red Crescent Society | PSE | MED | type=agency
org | Fatah movement; Fatah party; Fatah faction; Fatah-led | PSE | PTY | type=party
org | WAFA; Wafa; Palestinian news agency WAFA; Palestine Chronicle | PSE | JRN | type=media
org | Lebanese army; Lebanese Armed Forces; LAF; Lebanese military | LBN | MIL | type=force
org | Syrian government; Syrian interim government; Syrian transitional government; Damascus government | SYR | GOV | type=ministry
org | Syrian army; Syrian military; Syrian government forces; Syrian Arab Army | SYR | MIL | type=force
org | SANA; Syrian Arab News Agency | SYR | JRN | type=media
org | Egyptian government; Egyptian foreign ministry | EGY | GOV | type=ministry
org | Egyptian army; Egyptian military; Egyptian armed forces | EGY | MIL | type=force
org | Al-Azhar; Al Azhar; Al-Azhar University | EGY | REL | type=university
org | Iraqi government | IRQ | GOV | type=ministry
org | Iraqi army; Iraqi security forces; Iraqi forces | IRQ | MIL | type=force
org | Jordanian government; Royal Hashemite Court | JOR | GOV | type=ministry
org | Jordanian army; Jordan Armed Forces | JOR | MIL | type=force
org | Yemeni government; Presidential Leadership Council | YEM | GOV | type=ministry

# =============================================================================================
# OTHER NEIGHBOURS AND PARTNERS
# =============================================================================================
org | Bangladesh Nationalist Party; Bangladesh National Party; Awami League; Jamaat-e-Islami Bangladesh; Bangladesh Jamaat-e-Islami; National Citizen Party; Jatiya Party | BGD | PTY | type=party
org | Bangladesh interim government; interim government of Bangladesh; Bangladeshi government; Bangladesh government | BGD | GOV | type=ministry
org | International Crimes Tribunal | BGD | JUD | type=court
org | Bangladesh Army; Bangladesh Navy; Bangladesh Air Force; Bangladesh Rifles; Border Guard Bangladesh; BGB | BGD | MIL | type=force
org | Rapid Action Battalion; RAB | BGD | COP | type=force
org | Bangladesh Sangbad Sangstha; BSS | BGD | JRN | type=media
org | Japan International Cooperation Agency; JICA; Japan Bank for International Cooperation; JBIC; Japan External Trade Organization; JETRO; Japanese government | JPN | GOV | type=agency
org | Japan Self-Defense Forces; Japan Self-Defence Forces; Japan Maritime Self-Defense Force | JPN | MIL | type=force
org | Liberal Democratic Party of Japan; LDP | JPN | PTY | type=party
org | Kyodo; Kyodo News; NHK; Nikkei Asia; Japan Times | JPN | JRN | type=media
org | Corruption Investigation Office for High-ranking Officials; Corruption Investigation Office for High-Ranking Officials; Corruption Investigation Office; CIO | KOR | COP | type=agency
org | Korea International Cooperation Agency; KOICA; Korea Trade-Investment Promotion Agency; KOTRA; South Korean government | KOR | GOV | type=agency
org | Yonhap; Yonhap News Agency | KOR | JRN | type=media
org | North Korean government | PRK | GOV | type=agency
org | Korean Central News Agency; KCNA | PRK | JRN | type=media
org | Workers' Party of Korea | PRK | PTY | type=party
org | Malaysian government | MYS | GOV | type=ministry
org | Bernama | MYS | JRN | type=media
org | Indonesian government | IDN | GOV | type=ministry
org | Antara | IDN | JRN | type=media
org | Sri Lankan government | LKA | GOV | type=ministry
org | Nepali Congress; Nepali Congress Party | NPL | PTY | type=party
org | Australian government | AUS | GOV | type=ministry
org | Australian Federal Police | AUS | COP | type=agency
org | Canadian government | CAN | GOV | type=ministry
org | Royal Canadian Mounted Police; RCMP | CAN | COP | type=agency
org | Canadian Security Intelligence Service | CAN | SPY | type=agency
org | Sudanese army; Sudanese Armed Forces; SAF | SDN | MIL | type=force

# =============================================================================================
# TRANSNATIONAL NGOS AND BODIES (code NGO)
# =============================================================================================
org | International Committee of the Red Cross; ICRC; Red Cross; International Federation of Red Cross and Red Crescent Societies; IFRC; Red Crescent; Red Cross and Red Crescent | NGO | NGO | type=ngo
org | Amnesty International; Amnesty; Human Rights Watch; HRW; Reporters Without Borders; Reporters Sans Frontieres; Reporters Sans Frontières; Committee to Protect Journalists; CPJ; International Federation of Journalists; IFJ; International Crisis Group; Crisis Group; Transparency International; Doctors Without Borders; Medecins Sans Frontieres; Médecins Sans Frontières; MSF; Oxfam; Save the Children; Islamic Relief; International Rescue Committee; Norwegian Refugee Council; World Wide Fund for Nature; WWF; WWF-Pakistan; WWF-P; Greenpeace; Aga Khan Development Network; AKDN; Aga Khan Foundation; Bill and Melinda Gates Foundation; Gates Foundation; Rotary International; Freedom House; Global Witness; Article 19; Frontline Defenders; Front Line Defenders; Stockholm International Peace Research Institute; SIPRI; Institute for Economics and Peace; IEP; International Commission of Jurists | NGO | NGO | type=ngo
org | International Cricket Council; FIFA; International Olympic Committee; IOC; World Economic Forum; WEF; Inter Press Service | NGO | NGO | type=ngo
org | Moody's; Moody's Investors Service; Fitch; Fitch Ratings; S&P; S&P Global; Standard and Poor's; Standard & Poor's | USA | BUS | type=company
