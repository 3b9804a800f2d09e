# groups.lex: militant and other non-state armed groups.
#
#   group | phrases | code | REB
#
# code: the country the group belongs to (GUIDELINES: "the TTP -> PAK"): where it was
# formed, recruits and fights. A group that belongs to no country (the Islamic State and
# its provinces, Al Qaeda and its branches) is `---`. The Afghan Taliban are not here: as
# the government of Afghanistan they are an org (AFG GOV) in orgs.lex.
# The class is REB, except for the few criminal organisations (CRM).
# LeT is written in mixed case, which must appear in mixed case ("Let us ..." is not it).
# Spelling: the Urdu linking vowel is printed -e- (APP) or -i- (Dawn), with or without
# hyphens, so each name is listed in the forms the corpus uses. Hyphens are words of their
# own, so "Fitna al-Khawarij" and "Fitna al Khawarij" are two phrases.

# --- Pakistan: the TTP and the state's terms for it ---------------------------------------
group | Tehreek-e-Taliban Pakistan; Tehreek-i-Taliban Pakistan; Tehrik-i-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Tehreek-e-Taliban; Tehreek-i-Taliban; Tehrik-i-Taliban; Tehrik-e-Taliban; Tehreek e Taliban Pakistan; TTP; Pakistani Taliban; Pakistan Taliban | PAK | REB
group | Fitna al-Khawarij; Fitna al Khawarij; Fitna-al-Khawarij; Fitna ul Khawarij; Fitna-ul-Khawarij; Fitna tul Khawarij; Fitna Khawarij; Fitna al-Khwarij; Fitna al Khwarij; Fitna-al-Khwarij; Fitna ul Khwarij; Fitna-e-Khawarij; Fitna-i-Khawarij; Fitnat al-Khawarij | PAK | REB
group | khawarij; khwarij; kharji; kharjis; khariji; khawarji; khwarji | PAK | REB
group | Jamaatul Ahrar; Jamaat-ul-Ahrar; Jamaat ul Ahrar; Jamaat-ul-Ahrar TTP | PAK | REB
group | Hafiz Gul Bahadur group; Gul Bahadur group; Hafiz Gul Bahadur faction; HGB | PAK | REB
group | Ittehad-ul-Mujahideen Pakistan; Ittehad-ul-Mujahideen; Ittehadul Mujahideen | PAK | REB
group | Tehreek-e-Jihad Pakistan; Tehrik-i-Jihad Pakistan; Tehreek-i-Jihad Pakistan; TJP | PAK | REB
group | Lashkar-e-Islam; Lashkar-i-Islam; Lashkar e Islam | PAK | REB
group | Hizbul Ahrar; Hizb-ul-Ahrar | PAK | REB
group | Jaish-e-Mohammad; Jaish-e-Muhammad; Jaish-i-Mohammad; Jaish-i-Muhammad; Jaish-e-Mohammed; Jaish-i-Mohammed; JeM | PAK | REB
group | Lashkar-e-Taiba; Lashkar-i-Taiba; Lashkar-e-Tayyiba; Lashkar-i-Tayyiba; Lashkar-e-Toiba; LeT; LeT-affiliated | PAK | REB
group | Jamaat-ud-Dawa; Jamaatud Dawa; Jamaat-ud-Dawah; JuD | PAK | REB
group | Lashkar-e-Jhangvi; Lashkar-i-Jhangvi; Lashkar-e-Jhangvi al-Alami; LeJ | PAK | REB
group | Sipah-e-Sahaba Pakistan; Sipah-i-Sahaba Pakistan; Sipah-e-Sahaba | PAK | REB
group | Sipah-e-Muhammad Pakistan; Sipah-i-Muhammad | PAK | REB
group | Zainabiyoun Brigade; Zainebiyoun Brigade; Zainabiyoun; Zainebiyoun; Liwa Zainebiyoun; Liwa Zainabiyoun | PAK | REB
group | Harkat-ul-Mujahideen; Harkatul Mujahideen; Harkat-ul-Jihad al-Islami; HuJI | PAK | REB

# --- Pakistan: Baloch and Sindhi separatist groups -------------------------------------------
group | Balochistan Liberation Army; Baloch Liberation Army; BLA; BLA-Azad; BLA-Jeeyand; BLA Jeeyand | PAK | REB
group | Majeed Brigade; Majid Brigade; BLA's Majeed Brigade | PAK | REB
group | Fitna al-Hindustan; Fitna al Hindustan; Fitna-al-Hindustan; Fitna ul Hindustan; Fitna-ul-Hindustan; Fitna-e-Hindustan; Fitna-i-Hindustan; Fitna Hindustan; Fitna-i-Hind; Fitna-e-Hind; Fitna al-Hind | PAK | REB
group | Balochistan Liberation Front; Baloch Liberation Front; BLF | PAK | REB
group | Baloch Raji Aajoi Sangar; Baloch Raaji Aajoi Sangar; BRAS | PAK | REB
group | Baloch Republican Army; BRA | PAK | REB
group | Baloch Republican Guards; Baloch Republican Guard; BRG | PAK | REB
group | United Baloch Army; UBA | PAK | REB
group | Lashkar-e-Balochistan; Lashkar-i-Balochistan | PAK | REB
group | Baloch Nationalist Army; Baloch National Army; BNA | PAK | REB
group | Sindhudesh Revolutionary Army; SRA; Sindhudesh Liberation Army; SDLA | PAK | REB

# --- Kashmir ---------------------------------------------------------------------------------
# Groups that fight in Indian-administered Kashmir and whose members are Kashmiris there are
# coded IND; LeT and JeM above are Pakistan-based.
group | The Resistance Front; Resistance Front; TRF | IND | REB
group | Hizbul Mujahideen; Hizb-ul-Mujahideen; Hizbul Mujahidin | IND | REB
group | People's Anti-Fascist Front; PAFF; Kashmir Tigers | IND | REB

# --- Afghanistan, Iran, Central Asia, China ----------------------------------------------
group | Haqqani network; Haqqanis | AFG | REB
group | National Resistance Front; National Resistance Front of Afghanistan; NRF; Afghanistan Freedom Front | AFG | REB
group | Fatemiyoun Brigade; Fatemiyoun; Liwa Fatemiyoun | AFG | REB
group | Jaish al-Adl; Jaish-ul-Adl; Jaish ul Adl; Jaish al Adl; Jaishul Adl | IRN | REB
group | Jundallah; Jundullah | IRN | REB
group | Mujahedin-e-Khalq; Mujahideen-e-Khalq; People's Mujahedin of Iran; MEK; MKO | IRN | REB
group | East Turkestan Islamic Movement; East Turkistan Islamic Movement; ETIM; Turkistan Islamic Party; Turkestan Islamic Party | CHN | REB
group | Islamic Movement of Uzbekistan; IMU | UZB | REB

# --- Transnational jihadist groups: no country ---------------------------------------------
group | Islamic State; IS; ISIS; ISIL; Daesh; Daish; Islamic State group; Islamic State of Iraq and Syria; Islamic State of Iraq and the Levant | --- | REB
group | Islamic State Khorasan; Islamic State-Khorasan; Islamic State Khorasan Province; Islamic State-Khorasan Province; Islamic State in Khorasan; ISIS-Khorasan; ISIS-K; ISIS Khorasan; IS-K; IS-KP; ISKP; ISK; Daesh-Khorasan; Daesh Khorasan; IS Khorasan | --- | REB
group | Islamic State Pakistan Province; ISPP; Islamic State Hind Province | --- | REB
group | Al Qaeda; al-Qaeda; Al-Qaeda; al Qaeda; Al Qaida; al-Qaida; Al-Qaida; Al Qa'ida; AQ | --- | REB
group | Al Qaeda in the Indian Subcontinent; al-Qaeda in the Indian Subcontinent; Al-Qaeda in the Indian Subcontinent; AQIS | --- | REB
group | Al Qaeda in the Arabian Peninsula; al-Qaeda in the Arabian Peninsula; AQAP | YEM | REB
group | Hurras al-Din; Hurras ad-Din | SYR | REB

# --- Middle East ------------------------------------------------------------------------------
group | Hamas; Harakat al-Muqawama al-Islamiya; Islamic Resistance Movement | PSE | REB
group | Qassam Brigades; al-Qassam Brigades; Al-Qassam Brigades; Ezzedine al-Qassam Brigades; Izz ad-Din al-Qassam Brigades; Ezzeddine al-Qassam Brigades | PSE | REB
group | Palestinian Islamic Jihad; Islamic Jihad; PIJ; Al-Quds Brigades; al-Quds Brigades | PSE | REB
group | Al-Aqsa Martyrs' Brigades; Al Aqsa Martyrs Brigades | PSE | REB
group | Popular Front for the Liberation of Palestine; PFLP | PSE | REB
group | Hezbollah; Hizbollah; Hizbullah; Hizballah; Hezbollah movement | LBN | REB
group | Houthis; Houthi; Houthi rebels; Houthi movement; Ansarullah; Ansar Allah; Ansarallah | YEM | REB
group | Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al Sham; HTS | SYR | REB
group | Syrian Democratic Forces; SDF | SYR | REB
group | Kataib Hezbollah; Kata'ib Hezbollah; Popular Mobilisation Forces; Popular Mobilization Forces; PMF; Hashd al-Shaabi | IRQ | REB
group | Kurdistan Workers' Party; Kurdistan Workers Party; PKK | TUR | REB
group | Polisario Front; Polisario | ESH | REB

# --- Africa and elsewhere --------------------------------------------------------------------
group | Rapid Support Forces | SDN | REB
group | Al-Shabaab; al-Shabaab; Al Shabaab; al Shabaab | SOM | REB
group | Boko Haram; Islamic State West Africa Province; ISWAP | NGA | REB
group | M23; March 23 Movement | COD | REB
group | Allied Democratic Forces; ADF | UGA | REB
group | Arakan Army | MMR | REB
group | Moro Islamic Liberation Front; MILF | PHL | REB
group | Liberation Tigers of Tamil Eelam; LTTE; Tamil Tigers | LKA | REB
group | Khalistan Liberation Force; Babbar Khalsa International; Babbar Khalsa | IND | REB
group | United Liberation Front of Asom; ULFA; Naxalites; Maoist rebels; Communist Party of India (Maoist) | IND | REB

# --- Criminal organisations named as such --------------------------------------------------
group | Tren de Aragua | VEN | CRM
group | MS-13; Mara Salvatrucha | SLV | CRM
group | Sinaloa Cartel; Sinaloa cartel; Jalisco New Generation Cartel; CJNG | MEX | CRM
group | Lyari gang; Uzair Baloch gang | PAK | CRM

# --- Generic names for a group: the country comes from the context ----------------------
# (plural nouns for people, militants, terrorists, gunmen, are cues.lex's generic cues)
group | terrorist group; militant group; militant outfit; terror outfit; banned outfit; proscribed outfit; proscribed organisation; proscribed organization | - | REB
