# regions.lex: provinces, territories, districts, tribal areas and regions, for coding actors'
# countries from where they are.
#
# Written by hand (not generated). Every entry is a real place; the ones chosen are those that
# Pakistani English-language news names (counted in a 2025 sample of Dawn and APP reports) and
# those of Pakistan's neighbours and of the year's conflicts. internal/gen/geo reads this file and
# leaves its names out of places.lex, so a district named like its chief town ("Kalat", "Bannu")
# is written once, here.
#
# Codes: the state the place lies in (ISO 3166-1 alpha-3); "-" where the report must decide
# (Kashmir as a whole, Poonch, which is both a division of Azad Kashmir and a district of
# Indian-held Kashmir); "---" for no state. Types: province (first-level divisions and territories),
# district (districts, divisions, tehsils, agencies), region (anything else).
#
# Decisions:
# - Punjab is Pakistan's. India's Punjab is named as such ("Indian Punjab", "India's Punjab",
#   and "state of Punjab" or "Punjab state": Pakistan's is a province, India's a state); a bare
#   "Punjab" in an Indian story (about 10 of the 754 in the 2025 sample) will be coded PAK, the
#   price of not making the most frequent province name of the corpus ambiguous.
# - "Tank" also matches "Think Tank" written with capitals in a name; "Swat" matches "SWAT".
# - Bare "Neelum" is left out: Dr Neelum Nigar of ISSI is named far more often than the
#   district, which reports call "Neelum valley" or "Neelum district".
# - Azad Jammu and Kashmir and Gilgit-Baltistan are PAK; Indian Illegally Occupied Jammu and
#   Kashmir (IIOJK) and its other names are IND. Bare "Jammu and Kashmir" is IND: in Pakistani
#   reports it names either the disputed whole or the Indian-administered part, and the events
#   that happen there (attacks, arrests, Indian police) are coded to India; "Azad Jammu and
#   Kashmir" and "Azad Kashmir" are longer and win. Bare "Kashmir" is left to the report.
# - Gaza and the West Bank are places of Palestine (PSE), as the gold guidelines code them.
# - Crimea and the Donbas are Ukraine's, as internationally recognised; Nagorno-Karabakh is
#   Azerbaijan's; the Golan Heights are Syria's.
# - Acronyms that are also other things: ICT (also information technology), GB (also gigabyte),
#   KP. They are kept because Pakistani reports use them for the places far more often.

# Pakistan: provinces and territories
place | Punjab | PAK | - | type=province
place | Sindh | PAK | - | type=province
place | Khyber Pakhtunkhwa; Khyber-Pakhtunkhwa; KP; KPK | PAK | - | type=province
place | Balochistan; Baluchistan | PAK | - | type=province
place | Gilgit-Baltistan; Gilgit Baltistan; GB | PAK | - | type=province
place | Azad Jammu and Kashmir; Azad Jammu & Kashmir; Azad Kashmir; AJK; AJ&K | PAK | - | type=province
place | Islamabad Capital Territory; ICT | PAK | - | type=province
place | Federally Administered Tribal Areas; FATA; Fata; former Fata; erstwhile Fata; former FATA; erstwhile FATA; merged districts; tribal districts | PAK | - | type=region
place | Provincially Administered Tribal Areas; PATA | PAK | - | type=region
place | Pakistan-administered Kashmir | PAK | - | type=region

# Pakistan: regions
place | South Punjab | PAK | - | type=region
place | Cholistan | PAK | - | type=region
place | Potohar; Pothohar | PAK | - | type=region
place | Makran | PAK | - | type=region
place | Tirah; Tirah valley | PAK | - | type=region
place | Waziristan | PAK | - | type=region
place | Baltistan | PAK | - | type=region
place | Hazara division | PAK | - | type=district
place | Malakand; Malakand division | PAK | - | type=district

# Pakistan: districts of Khyber Pakhtunkhwa (the chief towns of the others are in places.lex)
place | North Waziristan | PAK | - | type=district
place | South Waziristan; Upper South Waziristan; Lower South Waziristan | PAK | - | type=district
place | Kurram; Upper Kurram; Lower Kurram; Kurram Agency | PAK | - | type=district
place | Khyber; Khyber Agency | PAK | - | type=district
place | Bajaur; Bajaur Agency | PAK | - | type=district
place | Mohmand; Mohmand Agency | PAK | - | type=district
place | Orakzai; Orakzai Agency | PAK | - | type=district
place | Bannu | PAK | - | type=district
place | Lakki Marwat | PAK | - | type=district
place | Tank | PAK | - | type=district
place | Swat; Upper Swat; Lower Swat; Swat valley | PAK | - | type=district
place | Chitral; Upper Chitral; Lower Chitral | PAK | - | type=district
place | Lower Dir | PAK | - | type=district
place | Buner | PAK | - | type=district
place | Shangla | PAK | - | type=district
place | Kohistan; Upper Kohistan; Lower Kohistan; Kolai-Palas | PAK | - | type=district
place | Torghar | PAK | - | type=district
place | Lowi Mamund; Loi Mamund; War Mamund | PAK | - | type=district
place | Salarzai | PAK | - | type=district
place | Bara | PAK | - | type=district

# Pakistan: districts of Sindh
place | Kashmore | PAK | - | type=district
place | Tharparkar; Thar | PAK | - | type=district
place | Shaheed Benazirabad; Benazirabad | PAK | - | type=district
place | Malir | PAK | - | type=district
place | Korangi | PAK | - | type=district
place | Keamari; Kemari | PAK | - | type=district
place | Lyari | PAK | - | type=district
place | Orangi; Orangi Town | PAK | - | type=district

# Pakistan: districts of Balochistan
place | Kech | PAK | - | type=district
place | Mastung | PAK | - | type=district
place | Kalat | PAK | - | type=district
place | Noshki; Nushki | PAK | - | type=district
place | Chagai; Chaghi | PAK | - | type=district
place | Washuk | PAK | - | type=district
place | Lasbela; Las Bela | PAK | - | type=district
place | Kachhi; Kacchi; Bolan | PAK | - | type=district
place | Harnai | PAK | - | type=district
place | Duki | PAK | - | type=district
place | Musakhel; Musakhail; Musa Khel | PAK | - | type=district
place | Jhal Magsi | PAK | - | type=district
place | Jaffarabad; Jafarabad | PAK | - | type=district
place | Nasirabad; Naseerabad | PAK | - | type=district
place | Sohbatpur | PAK | - | type=district
place | Surab; Sorab | PAK | - | type=district

# Pakistan: districts of Gilgit-Baltistan and Azad Kashmir
place | Hunza | PAK | - | type=district
place | Ghizer | PAK | - | type=district
place | Diamer | PAK | - | type=district
place | Astore | PAK | - | type=district
place | Shigar | PAK | - | type=district
place | Ghanche | PAK | - | type=district
place | Kharmang | PAK | - | type=district
place | Neelum valley; Neelum district | PAK | - | type=district
place | Bhimber | PAK | - | type=district
place | Bagh | PAK | - | type=district
place | Sudhnoti; Sudhanoti | PAK | - | type=district
place | Hattian Bala; Jhelum valley | PAK | - | type=district

# Kashmir
place | Kashmir | - | - | type=region
place | Poonch | - | - | type=district
place | Jammu and Kashmir; Jammu & Kashmir; J&K | IND | - | type=region
place | Indian Illegally Occupied Jammu and Kashmir; Indian Illegally Occupied Jammu & Kashmir; IIOJK; IIOJ&K; Indian-occupied Jammu and Kashmir; Indian occupied Jammu and Kashmir; occupied Jammu and Kashmir; Indian-occupied Kashmir; Indian occupied Kashmir; India-occupied Kashmir; occupied Kashmir; Indian-held Kashmir; India-held Kashmir; Indian-administered Kashmir; India-administered Kashmir; IOK; IHK | IND | - | type=region
place | Kashmir valley; Kashmir Valley | IND | - | type=region
place | Ladakh | IND | - | type=region

# India: states and regions
place | Indian Punjab; India's Punjab; East Punjab; state of Punjab; Punjab state | IND | - | type=province
place | Gujarat | IND | - | type=province
place | Rajasthan | IND | - | type=province
place | Uttar Pradesh | IND | - | type=province
place | Madhya Pradesh | IND | - | type=province
place | Andhra Pradesh | IND | - | type=province
place | Himachal Pradesh | IND | - | type=province
place | Arunachal Pradesh | IND | - | type=province
place | Maharashtra | IND | - | type=province
place | Bihar | IND | - | type=province
place | West Bengal | IND | - | type=province
place | Assam | IND | - | type=province
place | Manipur | IND | - | type=province
place | Kerala | IND | - | type=province
place | Tamil Nadu | IND | - | type=province
place | Karnataka | IND | - | type=province
place | Telangana | IND | - | type=province
place | Odisha; Orissa | IND | - | type=province
place | Haryana | IND | - | type=province
place | Uttarakhand | IND | - | type=province
place | Jharkhand | IND | - | type=province
place | Chhattisgarh | IND | - | type=province
place | Sikkim | IND | - | type=province
place | Nagaland | IND | - | type=province
place | Mizoram | IND | - | type=province
place | Tripura | IND | - | type=province
place | Meghalaya | IND | - | type=province

# Afghanistan: provinces (those named like their capital are in places.lex)
place | Helmand | AFG | - | type=province
place | Nangarhar | AFG | - | type=province
place | Kunar | AFG | - | type=province
place | Paktika | AFG | - | type=province
place | Paktia; Paktiya | AFG | - | type=province
place | Zabul | AFG | - | type=province
place | Uruzgan; Oruzgan | AFG | - | type=province
place | Logar | AFG | - | type=province
place | Wardak; Maidan Wardak | AFG | - | type=province
place | Parwan | AFG | - | type=province
place | Kapisa | AFG | - | type=province
place | Panjshir; Panjsher | AFG | - | type=province
place | Laghman | AFG | - | type=province
place | Nuristan | AFG | - | type=province
place | Badakhshan | AFG | - | type=province
place | Takhar | AFG | - | type=province
place | Samangan | AFG | - | type=province
place | Jowzjan; Jawzjan | AFG | - | type=province
place | Faryab | AFG | - | type=province
place | Badghis | AFG | - | type=province
place | Nimroz; Nimruz | AFG | - | type=province
place | Ghor | AFG | - | type=province
place | Daykundi; Daikundi | AFG | - | type=province
place | Wakhan; Wakhan Corridor | AFG | - | type=region

# Iran
place | Sistan-Baluchestan; Sistan and Baluchestan; Sistan-Baluchistan; Sistan and Baluchistan; Sistan-o-Baluchestan; Iranian Balochistan | IRN | - | type=province
place | Khuzestan | IRN | - | type=province

# China
place | Xinjiang | CHN | - | type=province
place | Tibet | CHN | - | type=province
place | Yunnan | CHN | - | type=province
place | Sichuan | CHN | - | type=province
place | Guangdong | CHN | - | type=province
place | Gansu | CHN | - | type=province
place | Heilongjiang | CHN | - | type=province

# Palestine, Israel and their neighbours
place | Gaza; Gaza Strip | PSE | - | type=region
place | West Bank; occupied West Bank | PSE | - | type=region
place | East Jerusalem | PSE | - | type=region
place | Golan Heights; Syrian Golan; occupied Golan | SYR | - | type=region
place | Sweida; Suwayda | SYR | - | type=province
place | Idlib | SYR | - | type=province
place | Kurdistan Region; Iraqi Kurdistan | IRQ | - | type=region

# Ukraine and Russia
place | Crimea | UKR | - | type=region
place | Donbas; Donbass | UKR | - | type=region
place | Sumy | UKR | - | type=region
place | Chechnya | RUS | - | type=region
place | Dagestan | RUS | - | type=region
place | Siberia | RUS | - | type=region

# Other regions in the year's news
place | Nagorno-Karabakh; Karabakh | AZE | - | type=region
place | Darfur | SDN | - | type=region
place | Rakhine | MMR | - | type=province

# United States: states in the news (not Georgia or Washington, which are a country and the
# capital in countries.lex)
place | Alaska | USA | - | type=province
place | California | USA | - | type=province
place | Texas | USA | - | type=province
place | Florida | USA | - | type=province
place | Louisiana | USA | - | type=province
place | New York State | USA | - | type=province
place | Michigan | USA | - | type=province
place | Illinois | USA | - | type=province
place | Pennsylvania | USA | - | type=province
place | Arizona | USA | - | type=province
place | Nevada | USA | - | type=province
place | Ohio | USA | - | type=province
place | Minnesota | USA | - | type=province
place | Maryland | USA | - | type=province
place | Massachusetts | USA | - | type=province
place | North Carolina | USA | - | type=province
place | South Carolina | USA | - | type=province
place | Hawaii | USA | - | type=province
