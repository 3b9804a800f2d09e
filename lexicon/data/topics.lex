# Words that signal a report's topics. Format: docs/LEXICON.md; class is the
# topic. Written in lower case to match in any case.
topic | terrorism; terrorist; terrorists; counterterrorism; counter-terrorism; militancy; militant; militants; extremism; extremist; khawarij; insurgency; insurgents; suicide bomber; ied | - | counterterrorism
topic | narcotics; drugs; drug trafficking; heroin; methamphetamine; cannabis; hashish; opium; anti-narcotics; smuggling | - | narcotics
topic | police; policing; law enforcement; law enforcement agencies; constable; inspector general; fir; police station | - | policing
topic | training; training programmes; training programme; capacity building; workshop; courses | - | training
topic | trade; exports; imports; tariff; tariffs; bilateral trade; free trade; investment; investors; business | - | trade
topic | energy; electricity; power; gas; oil; lng; petroleum; pipeline; solar; hydropower; nuclear power | - | energy
topic | human rights; minorities; minority; rights; freedom of expression; blasphemy; discrimination; torture; enforced disappearances | - | human rights
topic | cricket; football; hockey; olympics; world cup; tournament; match; squad; t20; odi | - | sport
topic | court; judge; justice; bail; hearing; verdict; petition; trial; sentenced; acquitted; supreme court; high court | - | judiciary
topic | army; military; defence; defense; troops; armed forces; navy; air force; exercise; exercises | - | defence
topic | diplomacy; diplomatic; ambassador; envoy; foreign minister; foreign office; bilateral relations; high commissioner | - | diplomacy
topic | nuclear; uranium; enrichment; iaea; atomic | - | nuclear
topic | health; hospital; polio; vaccine; vaccination; disease; doctors; medicines | - | health
topic | education; university; universities; students; schools; scholarships | - | education
topic | climate; floods; flood; disaster; earthquake; relief; monsoon; environment | - | disasters and climate
topic | election; elections; polls; vote; voters; campaign; electoral | - | elections
topic | refugees; migrants; migration; afghan refugees; deportation; repatriation; visa; visas; immigration | - | migration
topic | corruption; graft; money laundering; embezzlement; nab; kickbacks | - | corruption
topic | ceasefire; peace talks; peace agreement; peace deal; truce; reconciliation | - | peace
topic | cyber; cybercrime; hackers; hacking; online; social media; internet | - | cyber
