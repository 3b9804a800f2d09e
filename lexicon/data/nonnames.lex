# nonnames.lex: capitalised words that never begin or end a person's name in this news,
# so that sentence-initial and headline capitals and the names of organisations and places
# around a person's name are not taken for parts of it. Kind `nonname`; see docs/LEXICON.md.
# Chosen from the words that occur capitalised next to capitalised words in the 2025 Dawn/APP
# corpus. Titles and ranks are not listed (titles.lex). Deliberately left out because they
# begin or end real names here: Jan, Jun, Allah (Allah Nazar, Allah Ditta), Islam (Nahid Islam),
# Khan, Shah, Afghan (Justice Naeem Akhtar Afghan), Baloch, Tajik, Bar (Ronen Bar), Said
# (Nawaf bin Said), Hall (Sarah Hall), Power, West and other surnames that are words (Young,
# White, Black), Bill (Bill Clinton), Sri (Sri Mulyani), Shaheed, Sahib, Jr, single letters.

# Weekdays
nonname | Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday | - | -

# Months and their abbreviations (not "Jan": a Pashtun name, Zafar Jan, Matiullah Jan; not "Jun": Dong Jun)
nonname | January; February; March; April; June; July; August; September; October; November; December; Feb; Mar; Apr | - | -
nonname | Jul; Aug; Sep; Sept; Oct; Nov; Dec | - | -

# Sentence-start function words, pronouns, adverbs, auxiliaries, numerals and title modifiers
nonname | The; This; That; These; Those; It; Its; He; She; They; We; You; His; Her | - | -
nonname | Their; Our; Ours; My; Your; Him; Them; Itself; In; On; At; For; From; With | - | -
nonname | By; To; Of; As; And; But; Or; Nor; So; Yet; If; Unless; Whether; When | - | -
nonname | Whenever; While; Where; Wherever; Whereas; Why; What; Whatever; Which; Who; Whom; Whose; How; After | - | -
nonname | Afterwards; Before; During; Since; Until; Till; Under; Over; Despite; Amid; Amidst; Among; Amongst; Between | - | -
nonname | Through; Throughout; Across; Against; Along; Alongside; Around; About; Above; Beyond; Within; Without; Upon; Towards | - | -
nonname | Regarding; Concerning; Following; Except; Besides; Behind; Near; Per; Unlike; Like; According; Meanwhile; However; Moreover | - | -
nonname | Furthermore; Additionally; Also; Earlier; Later; Separately; Similarly; Likewise; Thus; Hence; Therefore; Consequently; Accordingly; Otherwise | - | -
nonname | Instead; Nevertheless; Nonetheless; Still; Though; Although; Even; Indeed; Notably; Importantly; Interestingly; Significantly; Specifically; Particularly | - | -
nonname | Especially; Currently; Recently; Previously; Initially; Finally; Lastly; Firstly; Secondly; Thirdly; Overall; Today; Yesterday; Tomorrow | - | -
nonname | Tonight; Now; Then; Here; There; Once; Only; Just; Both; Either; Neither; Each; Every; All | - | -
nonname | Any; Some; Many; Much; Most; More; Less; Least; Several; Few; Other; Others; Another; Such | - | -
nonname | No; Not; Yes; Please; Let; Thank; Thanks; Dear; Well; Soon; Already; Again; Always; Never | - | -
nonname | Often; Sometimes; Perhaps; Maybe; Apparently; Officially; Ultimately; Eventually; Subsequently; Simultaneously; Undoubtedly; Unfortunately; Fortunately; Clearly | - | -
nonname | Obviously; Certainly; Surely; Actually; Basically; Generally; Usually; Normally; Historically; Ironically; Sadly; Hopefully; Rather; Almost | - | -
nonname | Nearly; Roughly; Approximately; Whereby; Elsewhere; Nationwide; Is; Are; Was; Were; Be; Being; Has; Have | - | -
nonname | Had; Do; Does; Did; Will; Would; Should; Can; Could; May; One; Two; Three; Four | - | -
nonname | Five; Six; Seven; Eight; Nine; Ten; Eleven; Twelve; Twenty; Thirty; Fifty; Hundreds; Thousands; Million | - | -
nonname | Millions; Billion; Dozens; Dozen; First; Second; Third; Fourth; Fifth; Sixth; Seventh; Last; Next; Previous | - | -
nonname | Final; Latest; Top; Former; Ex; Acting; Additional; Senior; Interim; Caretaker; Outgoing; Incoming; Incumbent; Newly | - | -
nonname | Retired; Retd; Rtd; Late | - | -

# Participles and plural nouns that open sentences; headline verbs
nonname | Speaking; Addressing; Talking; Responding; Highlighting; Reaffirming; Reiterating; Calling; Commending; Citing; Terming; Expressing; Emphasising; Emphasizing | - | -
nonname | Stressing; Underscoring; Noting; Welcoming; Appreciating; Acknowledging; Praising; Lauding; Condemning; Referring; Recalling; Briefing; Explaining; Commenting | - | -
nonname | Chairing; Presiding; Sharing; Discussing; Paying; Extending; Replying; Answering; Asked; Describing; Recognizing; Rejecting; Denying; Warning | - | -
nonname | Meeting; Accompanied; Led; Headed; Chaired; Quoting; Sources; Witnesses; Residents; Locals; Eyewitnesses; Experts; Analysts | - | -
nonname | Observers; Critics; Supporters; Protesters; Participants; Police; Authorities; Says; Calls; Urges; Meets; Visits; Demands | - | -
nonname | Held | - | -

# Religious words, festivals and holidays
nonname | Eid; Eidul; Fitr; Azha; Adha; Ramazan; Ramadan; Muharram; Ashura; Moharram; Rabiul; Milad; Shab; Barat | - | -
nonname | Miraj; Hajj; Haj; Umrah; Quran; Qur'an; Koran; Holy; Sacred; Divine; Prophet; PBUH; SAWW; Christmas | - | -
nonname | Easter; Diwali; Holi; Dussehra; Navratri; Baisakhi; Vaisakhi; Nowruz; Navroz; Hanukkah; Passover; Lent; Ahmadis; Christians | - | -
nonname | Hindus; Sikhs; Muslims; Shias; Sunnis; Jews; Buddhists; Muslim; Hindu; Sikh; Shia; Sunni; Jewish; Catholic | - | -
nonname | Catholics; Protestant; Buddhist; Orthodox; Islamic; Imambargah; Masjid; Mosque; Mandir; Gurdwara; Church; Cathedral; Temple; Shrine | - | -
nonname | Dargah; Madressah; Madrassa; Madrasa; Seminary; Jamia; Darul; Uloom; Tableeghi; Tablighi; Ijtema; Urs; Namaz; Jumma | - | -
nonname | Juma; Taraweeh; Iftar; Sehri; Qurbani; Zakat; Ushr; Auqaf; Waqf; Hijri; Ulema; Ulama; Clergy; Jirga | - | -

# Heads and modifiers of names of organisations, places, laws, events and media (words that follow or precede a name in "Faisal Mosque", "Jaffar Express", "Minister for Kashmir Affairs Amir Muqam")
nonname | Government; Govt; Province; District; Division; City; Town; Tehsil; Village; Court; Courts; Party; Parties; Assembly | - | -
nonname | Senate; Parliament; Parliamentary; Legislative; Army; Navy; Military; Council; Ministry; Department; Departments; Directorate; Authority; Commission | - | -
nonname | Committee; Committees; Agency; Bank; University; Airport; Airbase; Road; Street; Avenue; Highway; Motorway; Expressway; Bridge | - | -
nonname | Chowk; Interchange; Square; Plaza; Tower; Market; Bazaar; Colony; Block; Sector; Phase; Hospital; Prize; Award | - | -
nonname | Day; Week; Year; Cup; League; Trophy; Championship; Games; Olympics; Olympic; Test; Stadium; News; Times | - | -
nonname | Post; TV; Television; Radio; Channel; Network; Daily; Dawn; Reuters; Trust; Foundation; Society; Association; Federation | - | -
nonname | Union; Organisation; Organization; Bureau; Board; Forum; Conference; Summit; Dialogue; Accord; Accords; Agreement; Treaty; Convention | - | -
nonname | Conventions; Charter; Declaration; Resolution; Resolutions; Act; Ordinance; Code; Rules; Regulations; Policy; Plan; Programme; Program | - | -
nonname | Scheme; Fund; Package; Budget; Report; Index; Initiative; Initiatives; Project; Mission; Operation; Operations; Exercise; Corridor | - | -
nonname | Line; Lines; Zone; Area; Areas; Region; Territory; Valley; River; Canal; Dam; Barrage; Lake; Sea | - | -
nonname | Ocean; Gulf; Islands; Border; Borders; Frontier; Coast; Port; Ports; Refinery; Pipeline; Plant; Factory; Company | - | -
nonname | Corporation; Limited; Ltd; Group; Groups; Industries; Institute; Institution; Institutions; Centre; Center; Complex; Campus; College | - | -
nonname | School; Academy; Library; Museum; Gallery; Hotel; Club; House; Palace; Secretariat; Office; Headquarters; Embassy; Consulate | - | -
nonname | Jail; Prison; Prisons; Camp; Base; Cantonment; Cantt; Station; Express; Railway; Railways; Airlines; Force; Forces | - | -
nonname | Corps; Brigade; Squadron; Guards; Rangers; Constabulary; Scouts; Levies; Wing; Cell; Unit; Circle; Branch; Movement | - | -
nonname | Front; Alliance; Tehreek; Jamaat; Jamiat; Ittehad; Republic; Kingdom; Emirates; Federal; National; International; Provincial; Regional | - | -
nonname | Global; Central; Northern; Southern; Eastern; Upper; Lower; Middle; Greater; New; Grand; Royal; United; Joint | - | -
nonname | Special; Public; Private; Social; Economic; Political; Strategic; Security; Human; Rights; Health; Education; Finance; Trade | - | -
nonname | Commerce; Energy; Water; Climate; Change; Development; Planning; Information; Broadcasting; Defence; Defense; Interior; Foreign; Affairs | - | -
nonname | Revenue; Customs; Excise; Agriculture; Industry; Production; Communications; Aviation; Maritime; Science; Technology; Telecommunication; Culture; Heritage | - | -
nonname | Tourism; Sports; Youth; Women; Children; Narcotics; Control; Housing; Works; Petroleum; Resources; Investment; Services; Coordination | - | -
nonname | Harmony; Interfaith; Religious; Overseas; Pakistanis; Research; Environment; Environmental; Engineering; Transport; Poverty; Safety; Welfare; Labour | - | -
nonname | Labor; Irrigation; Fisheries; Mines; Minerals; Establishment; Administration; Legal; Investigation; Traffic; Judicial; Constitutional; Supreme; Sessions | - | -
nonname | Accountability; Election; Cabinet; Opposition; Treasury; Economy; Tax; Disaster; Management; Emergency; Rescue; Relief; Protection; Enforcement | - | -
nonname | Intelligence; Counter; Terrorism; Terrorist; Crime; Crimes; Cyber; Cybercrime; Digital; Media; Press; Standing; Executive; Advisory | - | -
nonname | Apex; Task; Working; Technical; Nation; Nations; Country; Countries; State; States; People; Peoples; Governments; Citizen | - | -
nonname | Students; Doctors; Lawyers; Traders; Workers; Journalists; Debate; Session; Visit | - | -

# Pakistani provinces, cities and districts, and words that begin place names (Dera, Mandi, Tando, Qila, Kot, Lakki)
nonname | Pakistan; Islamabad; Karachi; Lahore; Peshawar; Quetta; Rawalpindi; Multan; Faisalabad; Gujranwala; Sialkot; Sargodha; Bahawalpur; Sukkur | - | -
nonname | Larkana; Hyderabad; Gwadar; Abbottabad; Mardan; Swat; Bannu; Kohat; Chitral; Gilgit; Baltistan; Muzaffarabad; Mirpur; Sindh | - | -
nonname | Punjab; Balochistan; Khyber; Pakhtunkhwa; Kashmir; Jammu; Waziristan; Kurram; Bajaur; Tirah; Khuzdar; Kalat; Torkham; Wagah | - | -
nonname | Kartarpur; Murree; Cholistan; Hub; Pishin; Khairpur; Jamshoro; Sahiwal; Pakpattan; Nankana; Hafizabad; Jhelum; Chakwal; Taxila | - | -
nonname | Wah; Kohistan; Shangla; Buner; Dir; Hangu; Lakki; Tank; Dera; Mandi; Tando; Qila; Qilla; Kot | - | -
nonname | Toba; Sarai; Darra; Chak; Goth; Nagar; Bagh; Killa; Usta; Pind | - | -

# Nationality words
nonname | Pakistani; Indian; Chinese; American; Americans; British; Iranian; Saudi; Turkish; Russian; Israeli; Palestinian; Palestinians; Ukrainian | - | -
nonname | Bangladeshi; Qatari; Egyptian; Syrian; Iraqi; Japanese; Korean; German; French; Italian; European; Arab; Asian; African | - | -
nonname | Pashtun; Uzbek; Kyrgyz; Azerbaijani; Belarusian; Malaysian; Indonesian; Lankan; Afghans | - | -

# Other capitalised words seen next to names in the news (sports, buildings, operations, media, legal documents)
nonname | Chamber; Cricket; Football; Squash; Park; Garden; Monument; Fort; Gate; Ground; Medical; Teaching; Civil; Anti | - | -
nonname | Nuclear; Atomic; Space; Solidarity; Independence; Sindoor; Bunyanum; Marsoos; Zarb; Pak; Analysis; Video; Image; Highness | - | -
nonname | Majesty; Lady; Geo; Fitna; Khawarij; Hindustan; Festival; Fair; Exhibition; Show; Gala; Spring; Survey | - | -
nonname | Caucus; Congress; Democrats; Democratic; Republican; Communist; Nationalist; Constitution; Amendment; Article; Section; Schedule; Chapter; Case | - | -
nonname | Cases; Reference; Order; Notice; Memorandum; Letter; Martyrs; Youm; Takbeer; Marka; Azm; Istehkam | - | -
