# titles.lex: offices and roles (title), military and police ranks (rank), and honorifics.
#
#   title     | phrases | code | sector | expand=Full Form (for abbreviations)
#   rank      | phrases |      | sector | expand=Full Form
#   honorific | phrases
#
# Titles are head nouns and fixed compounds ("interior minister", "chief of army staff");
# accord composes the rest ("Minister for Kashmir Affairs" = minister + for + portfolio,
# "Commander of Azerbaijan Naval Forces" = commander + of + org, "PPP Secretary-General"
# = org + title). Lower-case phrases match in any case; abbreviations are written in
# capitals and match only in capitals.
# code: only where the title alone implies a state (COAS, DG ISPR, CJP are Pakistan's;
# MNA and MPA exist only in Pakistan). A title that several states use ("chief of army
# staff" is also India's and Bangladesh's) has no code: the country comes from context.
# Sectors: GOV executive and diplomats, MIL armed forces, COP police, JUD judges,
# prosecutors and law officers, LEG legislators, PTY party offices, OPP the opposition
# leader, IGO offices that are mostly held in international bodies (secretary-general,
# resident representative), SPY intelligence chiefs, EDU, MED, BUS, JRN, REL, CVL.
# Not honorifics (they are parts of names in the gold): Syed, Seyyed, Chaudhry, Sardar,
# Mian, Malik, Hafiz, Maulana, Mufti, Allama, Haji, Qari, Sahibzada, Pir, Makhdoom,
# Khawaja, Raja, Rana, Nawab, Begum, Sheikh, Mir. Sheikh is left out of titles as well:
# the corpus uses it mostly inside Pakistani names (Sheikh Rashid Ahmad, Sheikh Waqas
# Akram), and for Gulf royals it stands before the full name the same way.

# =============================================================================================
# Heads of state and government
# =============================================================================================
title | president; presidents; President of the Republic | - | GOV
title | vice president; vice-president; vice presidents; VP | - | GOV | expand=Vice President
title | president-elect; president elect; vice president-elect | - | GOV
title | prime minister; prime ministers; premier | - | GOV
title | PM | - | GOV | expand=Prime Minister
title | deputy prime minister; deputy premier; first deputy prime minister; vice premier | - | GOV
title | DPM | - | GOV | expand=Deputy Prime Minister
title | chancellor; federal chancellor | - | GOV
title | head of state; head of government; head of the state | - | GOV
title | Taoiseach | IRL | GOV
title | king; queen; monarch; crown prince; prince; princess; emir; amir of Qatar; emir of Qatar; emir of Kuwait; sultan of Oman; grand duke | - | GOV
title | supreme leader | - | GOV
title | first lady | - | ELI

# =============================================================================================
# Ministers
# =============================================================================================
title | minister; ministers; federal minister; federal ministers; provincial minister; provincial ministers; cabinet minister; senior minister; junior minister; minister of state; ministers of state; state minister; minister for state; deputy minister; vice minister; minister without portfolio; caretaker minister; interim minister | - | GOV
title | MoS | - | GOV | expand=Minister of State
title | foreign minister; foreign ministers; foreign affairs minister; minister of foreign affairs; minister for foreign affairs; deputy foreign minister; vice foreign minister; acting foreign minister; top diplomat | - | GOV
title | FM | - | GOV | expand=Foreign Minister
title | external affairs minister; minister of external affairs; minister for external affairs | IND | GOV
title | EAM | IND | GOV | expand=External Affairs Minister
title | interior minister; minister of interior; minister for interior; home minister; home affairs minister; minister of home affairs; minister for home affairs; interior ministers | - | GOV
title | defence minister; defense minister; minister of defence; minister of defense; minister for defence; minister of national defence; minister of national defense; defence production minister; minister for defence production; secretary of defense; defense secretary; secretary of war; war secretary | - | GOV
title | finance minister; minister of finance; minister for finance; finance and revenue minister; minister for finance and revenue; treasury secretary; secretary of the treasury; chancellor of the exchequer | - | GOV
title | information minister; minister for information; minister of information; information and broadcasting minister; minister for information and broadcasting | - | GOV
title | law minister; law and justice minister; minister for law; minister for law and justice; justice minister; minister of justice | - | GOV
title | planning minister; minister for planning; minister for planning and development | - | GOV
title | commerce minister; minister for commerce; minister of commerce; trade minister; minister of trade; commerce secretary; industries minister; minister for industries and production; investment minister | - | GOV
title | health minister; minister for health; minister of health; minister for national health services; public health minister | - | MED
title | education minister; minister for education; minister of education; minister for federal education and professional training; higher education minister | - | EDU
title | energy minister; minister for energy; minister of energy; power minister; minister for power; petroleum minister; minister for petroleum; oil minister; water resources minister; minister for water resources | - | GOV
title | railways minister; minister for railways; communications minister; minister for communications; transport minister; minister of transport; aviation minister; maritime affairs minister; minister for maritime affairs; ports and shipping minister | - | GOV
title | economic affairs minister; minister for economic affairs; economy minister; minister of economy; privatisation minister; minister for privatisation; privatization minister | - | GOV
title | climate change minister; minister for climate change; environment minister; minister of environment | - | GOV
title | religious affairs minister; minister for religious affairs; religious affairs and interfaith harmony minister; minister of religious affairs | - | REL
title | human rights minister; minister for human rights; parliamentary affairs minister; minister for parliamentary affairs; IT minister; minister for information technology; science and technology minister; minister for science and technology; food security minister; minister for national food security; agriculture minister; minister of agriculture; overseas Pakistanis minister; minister for overseas Pakistanis; Kashmir affairs minister; minister for Kashmir affairs; narcotics control minister; housing minister; minister for housing and works; labour minister; culture minister; heritage minister; tourism minister; sports minister; local government minister; irrigation minister; excise minister; revenue minister; poverty alleviation minister; minister for poverty alleviation; inter-provincial coordination minister; minister for inter-provincial coordination; refugees minister; minister of refugees and repatriation; security minister; minister of state security; public security minister; minister of public security; intelligence minister; national security minister; minister of emergency situations | - | GOV

# =============================================================================================
# Civil servants and executive offices
# =============================================================================================
title | secretary; secretaries; federal secretary; permanent secretary; special secretary; additional secretary; joint secretary; deputy secretary; section officer; under secretary; assistant secretary; principal secretary; private secretary; cabinet secretary; establishment secretary; state secretary; secretary of state | - | GOV
title | foreign secretary; additional foreign secretary; foreign affairs secretary | - | GOV
title | interior secretary; home secretary; defence secretary; finance secretary; law secretary; health secretary; education secretary; commerce and trade secretary; planning secretary; power secretary; petroleum secretary; water secretary; railways secretary; maritime secretary; economic affairs secretary; climate change secretary; religious affairs secretary; human rights secretary | - | GOV
title | chief secretary; additional chief secretary; ACS | - | GOV | expand=Additional Chief Secretary
title | press secretary; deputy press secretary; White House press secretary | - | GOV
title | chief of staff; deputy chief of staff | - | GOV
title | national security adviser; national security advisor; deputy national security adviser | - | GOV
title | adviser; advisor; advisers; advisors; senior adviser; chief adviser; special adviser; adviser to the prime minister; advisor to the prime minister; adviser to the chief minister | - | GOV
title | special assistant; special assistant to the prime minister; special assistant to the chief minister; special assistants | - | GOV
title | SAPM | PAK | GOV | expand=Special Assistant to the Prime Minister
title | coordinator; coordinators; national coordinator; coordinator general; chief coordinator; focal person | - | GOV
title | coordinator for counterterrorism; coordinator for counter-terrorism; coordinator for counter terrorism; counterterrorism coordinator; counter-terrorism coordinator | USA | GOV
title | trade representative | - | GOV
title | USTR | USA | GOV | expand=United States Trade Representative
title | spokesperson; spokespersons; spokesman; spokesmen; spokeswoman; spokeswomen; official spokesperson; chief spokesperson; deputy spokesperson; press officer; public relations officer | - | GOV
title | PRO | - | GOV | expand=Public Relations Officer
title | official; officials; officer; officers; senior official; government official; civil servant; bureaucrat; focal point | - | GOV
title | head; heads; chief; deputy head; acting head; director; directors; deputy director; assistant director; additional director; regional director; project director; programme director; program director; executive director; deputy executive director; member | - | GOV
title | director general; director-general; directors general; deputy director general; deputy director-general; additional director general; director general of protocol; chief of protocol | - | GOV
title | DG | - | GOV | expand=Director General
title | DDG | - | GOV | expand=Deputy Director General
title | chairman; chairperson; chairwoman; chair; co-chair; co-chairman; co-chairperson; vice chairman; vice-chairman; vice chairperson; deputy chairman; acting chairman; convener; convenor | - | GOV
title | representative; representatives; delegate; delegates; head of delegation; envoy; envoys; special envoy; special envoys; special representative; special representatives; emissary; negotiator; chief negotiator; top negotiator; mediator; interlocutor | - | GOV
title | governor; governors; deputy governor; lieutenant governor; acting governor | - | GOV
title | mayor; deputy mayor; lord mayor; administrator; chief administrator; town chairman; UC chairman; union council chairman; tehsil chairman; district chairman | - | GOV
title | commissioner; commissioners; chief commissioner; deputy commissioner; deputy commissioners; assistant commissioner; assistant commissioners; additional deputy commissioner; additional assistant commissioner; commissioner general; additional deputy commissioner general; divisional commissioner; tehsildar; naib tehsildar; political agent | - | GOV
title | DC | - | GOV | expand=Deputy Commissioner
title | AC | - | GOV | expand=Assistant Commissioner
title | ADC | - | GOV | expand=Additional Deputy Commissioner
title | ADCG | PAK | GOV | expand=Additional Deputy Commissioner General
title | election commissioner; chief election commissioner | - | GOV
title | ombudsman; mohtasib; auditor general; auditor-general; controller general | - | GOV
title | chief minister; chief ministers | - | GOV
title | CM | - | GOV | expand=Chief Minister

# =============================================================================================
# Diplomats
# =============================================================================================
title | ambassador; ambassadors; ambassador-designate; ambassador at large; ambassador-at-large; high commissioner; high commissioners; deputy high commissioner; acting high commissioner; high commissioner-designate | - | GOV
title | charge d'affaires; chargé d'affaires; charge d'affaires a.i.; chargé d'affaires a.i.; charge de affaires; charges d'affaires; chargés d'affaires | - | GOV
title | consul general; consul-general; consuls general; deputy consul general; consul; vice consul; honorary consul; honorary consul general | - | GOV
title | head of mission; deputy head of mission; chief of mission; minister-counsellor; minister counsellor; counsellor; counselor; first secretary; second secretary; third secretary; attache; attaché; trade attache; trade attaché; commercial attache; commercial attaché; press attache; press attaché; commercial counsellor; trade and investment counsellor; trade officer; community welfare attache; community welfare attaché | - | GOV
title | DHM | - | GOV | expand=Deputy Head of Mission
title | defence attache; defence attaché; defense attache; defense attaché; military attache; military attaché; naval attache; naval attaché; air attache; air attaché | - | MIL
title | permanent representative; deputy permanent representative; alternate permanent representative; permanent representatives | - | GOV
title | diplomat; diplomats; senior diplomat; dean of the diplomatic corps | - | GOV

# =============================================================================================
# International organisations
# =============================================================================================
title | secretary-general; secretary general; secretaries-general; deputy secretary-general; deputy secretary general; under-secretary-general; under secretary-general; under secretary general; assistant secretary-general; assistant secretary general | - | IGO
title | UNSG | UNO | IGO | expand=United Nations Secretary-General
title | resident representative; resident coordinator; humanitarian coordinator; country representative; country director; country head; mission chief; head of office; special rapporteur; special rapporteurs; high representative; high commissioner for human rights; high commissioner for refugees | - | IGO

# =============================================================================================
# Legislators
# =============================================================================================
title | senator; senators; lawmaker; lawmakers; legislator; legislators; parliamentarian; parliamentarians; member of parliament; members of parliament; member of the national assembly; member of national assembly; member of the provincial assembly; member of provincial assembly; member of the legislative assembly; member of the senate; congressman; congresswoman; member of congress | - | LEG
title | MNA; MNAs | PAK | LEG | expand=Member of the National Assembly
title | MPA; MPAs | PAK | LEG | expand=Member of the Provincial Assembly
title | MLA; MLAs | - | LEG | expand=Member of the Legislative Assembly
title | MP; MPs | - | LEG | expand=Member of Parliament
title | MEP; MEPs | EUR | LEG | expand=Member of the European Parliament
title | speaker; deputy speaker; acting speaker; speaker of the national assembly; speaker of the house; house speaker; assembly speaker; senate president; president of the senate | - | LEG
title | chairman senate; senate chairman; chairman of the senate; deputy chairman senate; deputy chairman of the senate; acting chairman senate | PAK | LEG
title | leader of the house; leader of house; parliamentary leader; parliamentary leaders; chief whip; whip; majority leader; minority leader; parliamentary secretary; parliamentary secretaries; committee chairman | - | LEG
title | leader of the opposition; leader of opposition; opposition leader; opposition leaders | - | OPP

# =============================================================================================
# Parties and movements
# =============================================================================================
title | party chairman; party president; party chief; party leader; party head; party founder; founder; founding chairman; founding member; co-founder; patron-in-chief; chief organiser; chief organizer | - | PTY
title | general secretary; deputy general secretary; central general secretary; information secretary; central information secretary; deputy information secretary; provincial president; district president; city president; senior vice president; party worker; party workers; party leaders | - | PTY
title | leader; leaders; senior leader; top leader | - | GOV

# =============================================================================================
# Judiciary and law officers
# =============================================================================================
title | chief justice; acting chief justice; chief justices; chief justice of the high court | - | JUD
title | chief justice of Pakistan | PAK | JUD
title | CJP | PAK | JUD | expand=Chief Justice of Pakistan
title | CJ | - | JUD | expand=Chief Justice
title | justice; justices; judge; judges; puisne judge; senior puisne judge; senior judge; presiding judge; trial judge; federal judge; district judge; circuit judge; appellate judge; high court judge; supreme court judge; top judge | - | JUD
title | sessions judge; additional sessions judge; district and sessions judge; district & sessions judge; additional district and sessions judge; civil judge; senior civil judge; civil judge-cum-judicial magistrate; judicial magistrate; magistrate; duty magistrate; special magistrate; area magistrate; special judge; special court judge; administrative judge; anti-terrorism court judge; ATC judge; ATC-I judge; accountability court judge; banking court judge; family court judge; drug court judge; judge advocate | - | JUD
title | ASJ | - | JUD | expand=Additional Sessions Judge
title | registrar; additional registrar; deputy registrar; assistant registrar | - | JUD
title | attorney general; attorneys general; additional attorney general; deputy attorney general; assistant attorney general; advocate general; additional advocate general; assistant advocate general; solicitor general; law officer | - | JUD
title | attorney general for Pakistan | PAK | JUD
title | AGP | PAK | JUD | expand=Attorney General for Pakistan
title | AAG | - | JUD | expand=Additional Attorney General
title | DAG | - | JUD | expand=Deputy Attorney General
title | prosecutor; prosecutors; public prosecutor; special public prosecutor; special prosecutor; deputy prosecutor; deputy public prosecutor; district public prosecutor; prosecutor general; chief prosecutor; deputy prosecutor general; ICC prosecutor; state prosecutor; federal prosecutor | - | JUD

# =============================================================================================
# Police
# =============================================================================================
title | inspector general; inspector general of police; inspectors general; additional inspector general; additional IG; deputy inspector general; deputy inspector general of police; assistant inspector general | - | COP
title | IG | - | COP | expand=Inspector General
title | IGP | - | COP | expand=Inspector General of Police
title | DIG | - | COP | expand=Deputy Inspector General
title | AIG | - | COP | expand=Assistant Inspector General
title | capital city police officer; city police officer; regional police officer; district police officer; sub-divisional police officer; sub divisional police officer | - | COP
title | CCPO | - | COP | expand=Capital City Police Officer
title | CPO | - | COP | expand=City Police Officer
title | RPO | - | COP | expand=Regional Police Officer
title | DPO | - | COP | expand=District Police Officer
title | SDPO | - | COP | expand=Sub-Divisional Police Officer
title | senior superintendent of police; superintendent of police; assistant superintendent of police; deputy superintendent of police; senior superintendent; superintendent | - | COP
title | SSP | - | COP | expand=Senior Superintendent of Police
title | SP | - | COP | expand=Superintendent of Police
title | ASP | - | COP | expand=Assistant Superintendent of Police
title | DSP | - | COP | expand=Deputy Superintendent of Police
title | station house officer; station house officers; SHOs | - | COP
title | SHO | - | COP | expand=Station House Officer
title | investigation officer; investigating officer; investigation officers | - | COP
title | IO | - | COP | expand=Investigation Officer
title | police chief; police chiefs; provincial police chief; police officer; police officers; police official; police officials; policeman; policewoman; police spokesperson; police spokesman; chief traffic officer; traffic warden; jail superintendent; prison superintendent; commandant; police commissioner; commissioner of police | - | COP
title | CTO | - | COP | expand=Chief Traffic Officer
title | DG FIA | PAK | COP | expand=Director General Federal Investigation Agency

# =============================================================================================
# Armed forces (offices; ranks are below)
# =============================================================================================
title | chief of army staff; chief of the army staff; army chief; army chiefs; chief of the army; vice chief of army staff; vice chief of the army staff | - | MIL
title | COAS | PAK | MIL | expand=Chief of Army Staff
title | VCOAS | PAK | MIL | expand=Vice Chief of Army Staff
title | chairman joint chiefs of staff committee; chairman of the joint chiefs of staff committee; chairman, joint chiefs of staff committee | PAK | MIL
title | CJCSC | PAK | MIL | expand=Chairman Joint Chiefs of Staff Committee
title | chairman of the joint chiefs of staff; chairman of the joint chiefs | USA | MIL
title | CJCS | USA | MIL | expand=Chairman of the Joint Chiefs of Staff
title | chief of the naval staff; chief of naval staff; naval chief; navy chief; chief of the navy; commander of the navy; commander of naval forces | - | MIL
title | CNS | PAK | MIL | expand=Chief of the Naval Staff
title | chief of the air staff; chief of air staff; air chief; air force chief; chief of the air force; commander of the air force | - | MIL
title | CAS | PAK | MIL | expand=Chief of the Air Staff
title | chief of general staff; chief of the general staff; chief of defence staff; chief of the defence staff; chief of defense staff; chief of defence forces; chief of the defence forces; chief of defence force; services chiefs; service chiefs; military chief; military chiefs; defence chief | - | MIL
title | CGS | - | MIL | expand=Chief of General Staff
title | CDS | - | MIL | expand=Chief of Defence Staff
title | CDF | - | MIL | expand=Chief of Defence Forces
title | commander; commanders; corps commander; corps commanders; commander-in-chief; commander in chief; army commander; fleet commander; brigade commander; sector commander; theatre commander; commanding officer; general officer commanding; principal staff officer; staff officer; military spokesman; military spokesperson; military official; military officer; military officers; army officer; army officers | - | MIL
title | GOC | - | MIL | expand=General Officer Commanding
title | PSO | - | MIL | expand=Principal Staff Officer
title | director general of Inter-Services Public Relations; director general Inter-Services Public Relations; DG ISPR; director general ISPR; ISPR director general; ISPR DG; ISPR chief | PAK | MIL | expand=Director General Inter-Services Public Relations
title | director general military operations; director general of military operations | - | MIL
title | DGMO; DGMOs | - | MIL | expand=Director General Military Operations
title | DG Rangers; director general Rangers; inspector general Frontier Corps; IG FC; IGFC; IG Frontier Corps | PAK | MIL
title | director general of Inter-Services Intelligence; director general Inter-Services Intelligence; DG ISI; ISI chief; ISI director general | PAK | SPY | expand=Director General Inter-Services Intelligence
title | spy chief; intelligence chief; director of national intelligence | - | SPY

# =============================================================================================
# Other sectors
# =============================================================================================
title | vice chancellor; vice-chancellor; pro-vice chancellor; pro-vice-chancellor; rector; dean; school principal; college principal; provost; head of department; research fellow; senior research fellow | - | EDU
title | VC | - | EDU | expand=Vice Chancellor
title | medical superintendent; chief medical officer; district health officer; health officer; health official; health officials | - | MED
title | chief executive officer; chief executive; chief operating officer; chief financial officer; managing director; general manager; chief economist; board chairman; president and CEO; chairman of the board | - | BUS
title | CEO; CEOs | - | BUS | expand=Chief Executive Officer
title | MD | - | BUS | expand=Managing Director
title | CFO | - | BUS | expand=Chief Financial Officer
title | COO | - | BUS | expand=Chief Operating Officer
title | editor; editor-in-chief; chief editor; news editor; bureau chief; correspondent; reporter; journalist; anchorperson; columnist; TV anchor | - | JRN
title | cleric; clerics; imam; prayer leader; pesh imam; khateeb; khatib; grand mufti; chief mufti; cardinal; archbishop; bishop; chief rabbi; religious scholar | - | REL
title | Pope | VAT | REL
title | Imam-e-Kaaba; Imam-e-Kaba; imam of the Kaaba; imam of Masjid al-Haram | SAU | REL
title | tribal elder; tribal elders; tribal chief; chieftain | - | CVL
title | activist; rights activist; human rights activist | - | CVL

# =============================================================================================
# Ranks (before a name)
# =============================================================================================
rank | General; Gen; Gen.; Army General; Army Gen. | - | MIL | expand=General
rank | Lieutenant General; Lt Gen; Lt. Gen.; Lt-Gen; Lt.-Gen.; Lt Gen.; Lt. Gen; Lieutenant-General; Lt-General | - | MIL | expand=Lieutenant General
rank | Major General; Maj Gen; Maj. Gen.; Maj-Gen; Maj Gen.; Major-General | - | MIL | expand=Major General
rank | Brigadier General; Brig Gen; Brig. Gen. | - | MIL | expand=Brigadier General
rank | Brigadier; Brig; Brig. | - | MIL | expand=Brigadier
rank | Colonel; Col; Col. | - | MIL | expand=Colonel
rank | Lieutenant Colonel; Lt Col; Lt. Col.; Lt-Col; Lieutenant-Colonel | - | MIL | expand=Lieutenant Colonel
rank | Major; Maj; Maj. | - | MIL | expand=Major
rank | Captain; Capt; Capt. | - | MIL | expand=Captain
rank | Lieutenant; Lt; Lt.; Second Lieutenant; 2nd Lieutenant; 2nd Lt; Second Lt | - | MIL | expand=Lieutenant
rank | Field Marshal | - | MIL | expand=Field Marshal
rank | Colonel General; Col Gen | - | MIL | expand=Colonel General
rank | Subedar Major; Subedar; Naib Subedar; Havildar; Lance Havildar; Naik; Lance Naik; Sepoy; Sipahi; Sowar; Risaldar; Naib Risaldar | - | MIL
rank | Sergeant; Sgt; Sgt.; Staff Sergeant; Master Sergeant; Corporal; Cpl; Lance Corporal; Warrant Officer | - | MIL
rank | Admiral; Adm; Adm.; Fleet Admiral | - | MIL | expand=Admiral
rank | Vice Admiral; Vice Adm; Vice Adm.; V Adm | - | MIL | expand=Vice Admiral
rank | Rear Admiral; Rear Adm; Rear Adm.; R Adm | - | MIL | expand=Rear Admiral
rank | Commodore; Cdre; Cdre. | - | MIL | expand=Commodore
rank | Lieutenant Commander; Lt Cdr; Lt Cmdr; Lt. Cdr. | - | MIL | expand=Lieutenant Commander
rank | Cdr; Cdr.; Cmdr; Cmdr. | - | MIL | expand=Commander
rank | Sub Lieutenant; Sub-Lieutenant; Midshipman | - | MIL
rank | First Grade Captain; First Rank Captain; Captain First Rank; Captain 1st Rank; Second Grade Captain; Captain Second Rank; Third Grade Captain | - | MIL
rank | Air Chief Marshal; ACM | - | MIL | expand=Air Chief Marshal
rank | Air Marshal | - | MIL | expand=Air Marshal
rank | Air Vice Marshal; AVM; Air Vice-Marshal | - | MIL | expand=Air Vice Marshal
rank | Air Commodore; Air Cdre | - | MIL | expand=Air Commodore
rank | Group Captain; Gp Capt | - | MIL | expand=Group Captain
rank | Wing Commander; Wg Cdr | - | MIL | expand=Wing Commander
rank | Squadron Leader; Sqn Ldr | - | MIL | expand=Squadron Leader
rank | Flight Lieutenant; Flt Lt | - | MIL | expand=Flight Lieutenant
rank | Flying Officer; Pilot Officer | - | MIL
rank | Inspector | - | COP | expand=Inspector
rank | Sub-Inspector; Sub Inspector; SI | - | COP | expand=Sub-Inspector
rank | Assistant Sub-Inspector; Assistant Sub Inspector; ASI | - | COP | expand=Assistant Sub-Inspector
rank | Head Constable; Senior Constable; Constable; Lady Constable; Police Constable | - | COP

# =============================================================================================
# Honorifics (dropped when names are compared)
# =============================================================================================
honorific | Mr; Mr.; Mrs; Mrs.; Ms; Ms.; Miss; Mx; Mx.; Mister; Madam; Madame; Mme; Mst; Mst.; Mohtarma | - | -
honorific | Dr; Dr.; Prof; Prof.; Professor; Prof Dr; Prof. Dr. | - | -
honorific | Amb; Amb.; Engr; Engr.; Engineer; Barrister; Advocate | - | -
honorific | Sir; Dame; Lord; Hon; Hon.; Honourable; Honorable; Rt Hon; Right Honourable; His Excellency; Her Excellency; Excellency; H.E.; His Highness; Her Highness; His Royal Highness; Her Royal Highness; HRH | - | -
honorific | Dato'; Dato' Seri; Datuk; Datuk Seri; Tan Sri; Tun; Datin | - | -
honorific | Ayatollah; Grand Ayatollah; Hujjatul Islam; Hojatoleslam; Hujjat-ul-Islam; Rev; Rev.; Reverend | - | -
