# persons.lex: well-known persons who appear in Pakistani news, often without a title.
# Kind `person`; see docs/LEXICON.md. One person a line: the fullest name first, then the
# other forms and spellings the news uses (never a lone surname: the engine resolves those).
# code = the state the person serves or belongs to (UNO, EUR, NTO, IGO for international
# officials); class = sector. title= is the office held in January-August 2025, used only
# when a report gives none; it is left out where the office changed during that period or
# is uncertain. Chosen by counting names after titles in the 2025 Dawn/APP corpus, titles
# checked against how that corpus styles each person.
# ---- Pakistan: federal executive
person | Asif Ali Zardari; Asif Zardari | PAK | GOV | title=President; gender=m
person | Shehbaz Sharif; Muhammad Shehbaz Sharif; Mohammad Shehbaz Sharif; Shahbaz Sharif; Muhammad Shahbaz Sharif; Mian Shehbaz Sharif | PAK | GOV | title=Prime Minister; gender=m
person | Ishaq Dar; Mohammad Ishaq Dar; Muhammad Ishaq Dar; Mohammed Ishaq Dar | PAK | GOV | title=Deputy Prime Minister and Foreign Minister; gender=m
person | Mohsin Naqvi; Mohsin Raza Naqvi; Syed Mohsin Raza Naqvi; Syed Mohsin Naqvi | PAK | GOV | title=Interior Minister; gender=m
person | Khawaja Asif; Khawaja Muhammad Asif; Khawaja Mohammad Asif; Khwaja Asif; Khwaja Muhammad Asif | PAK | GOV | title=Defence Minister; gender=m
person | Muhammad Aurangzeb; Mohammad Aurangzeb | PAK | GOV | title=Finance Minister; gender=m
person | Attaullah Tarar; Atta Tarar; Ataullah Tarar; Atta Ullah Tarar; Ata Tarar | PAK | GOV | title=Information Minister; gender=m
person | Azam Nazeer Tarar; Azam Nazir Tarar | PAK | GOV | title=Law Minister; gender=m
person | Ahsan Iqbal; Ahsan Iqbal Chaudhry | PAK | GOV | title=Planning Minister; gender=m
person | Jam Kamal Khan; Jam Kamal | PAK | GOV | title=Commerce Minister; gender=m
person | Abdul Aleem Khan; Aleem Khan | PAK | GOV | title=Communications Minister; gender=m
person | Awais Leghari; Awais Ahmed Khan Leghari; Sardar Awais Ahmed Khan Leghari; Sardar Awais Ahmad Khan Leghari; Awais Ahmad Khan Leghari; Owais Leghari; Sardar Awais Leghari | PAK | GOV | title=Power Minister; gender=m
person | Ali Pervaiz Malik | PAK | GOV | title=Petroleum Minister; gender=m
person | Musadik Malik; Musadiq Malik; Musaddiq Malik | PAK | GOV | title=Climate Change Minister; gender=m
person | Hanif Abbasi; Muhammad Hanif Abbasi; Mohammad Hanif Abbasi | PAK | GOV | title=Railways Minister; gender=m
person | Junaid Anwar Chaudhry; Muhammad Junaid Anwar Chaudhry; Junaid Anwar | PAK | GOV | title=Maritime Affairs Minister; gender=m
person | Qaiser Ahmed Sheikh; Qaiser Ahmad Sheikh | PAK | GOV | gender=m
person | Shaza Fatima Khawaja; Shaza Fatima | PAK | GOV | title=Minister for IT and Telecommunication; gender=f
person | Mustafa Kamal; Syed Mustafa Kamal | PAK | GOV | title=Health Minister; gender=m
person | Khalid Maqbool Siddiqui | PAK | GOV | title=Education Minister; gender=m
person | Amir Muqam; Ameer Muqam | PAK | GOV | title=Minister for Kashmir Affairs, Gilgit-Baltistan and SAFRON; gender=m
person | Chaudhry Salik Hussain; Salik Hussain; Chaudhary Salik Hussain | PAK | GOV | title=Minister for Overseas Pakistanis and Human Resource Development; gender=m
person | Sardar Muhammad Yousaf; Sardar Muhammad Yousuf | PAK | GOV | title=Religious Affairs Minister; gender=m
person | Rana Tanveer Hussain; Rana Tanveer | PAK | GOV | title=Minister for National Food Security and Research; gender=m
person | Ahad Khan Cheema; Ahad Cheema | PAK | GOV | title=Economic Affairs Minister; gender=m
person | Tariq Fazal Chaudhry; Tariq Fazal | PAK | GOV | title=Parliamentary Affairs Minister; gender=m
person | Riaz Hussain Pirzada | PAK | GOV | title=Housing and Works Minister; gender=m
person | Raza Hayat Hiraj; Muhammad Raza Hayat Hiraj | PAK | GOV | title=Defence Production Minister; gender=m
person | Aurangzeb Khichi; Muhammad Aurangzeb Khichi; Aurangzeb Khan Khichi | PAK | GOV | title=Minister for National Heritage and Culture; gender=m
person | Rana Sanaullah; Rana Sanaullah Khan | PAK | GOV | title=Adviser to the Prime Minister on Political Affairs; gender=m
person | Talal Chaudhry; Tallal Chaudhry; Talal Chaudhary | PAK | GOV | title=Minister of State for Interior; gender=m
person | Bilal Azhar Kayani; Bilal Kayani | PAK | GOV | title=Minister of State for Railways; gender=m
person | Aqeel Malik | PAK | GOV | title=Minister of State for Law and Justice; gender=m
person | Tariq Fatemi; Syed Tariq Fatemi | PAK | GOV | title=Special Assistant to the Prime Minister on Foreign Affairs; gender=m
person | Haroon Akhtar Khan; Haroon Akhtar | PAK | GOV | title=Special Assistant to the Prime Minister on Industries and Production; gender=m
person | Mansoor Usman Awan | PAK | GOV | title=Attorney General for Pakistan; gender=m
person | Amna Baloch | PAK | GOV | title=Foreign Secretary; gender=f
person | Shafqat Ali Khan | PAK | GOV | title=Foreign Office Spokesperson; gender=m
person | Khurram Agha; Khurram Ali Agha; Muhammad Khurram Agha | PAK | GOV | title=Interior Secretary; gender=m
person | Asim Iftikhar Ahmad; Asim Iftikhar Ahmed | PAK | GOV | title=Permanent Representative of Pakistan to the United Nations; gender=m
person | Munir Akram | PAK | GOV | gender=m
person | Rizwan Saeed Sheikh | PAK | GOV | title=Ambassador of Pakistan to the United States; gender=m
person | Muhammad Sadiq Khan; Mohammad Sadiq Khan | PAK | GOV | title=Special Representative for Afghanistan; gender=m
person | Sohail Mahmood | PAK | - | title=Director General of the Institute of Strategic Studies Islamabad; gender=m
person | Muhammad Ali Randhawa; Mohammad Ali Randhawa | PAK | GOV | title=Chairman of the Capital Development Authority; gender=m
person | Sikandar Sultan Raja | PAK | GOV | title=Chief Election Commissioner; gender=m
# ---- Pakistan: legislature
person | Yousaf Raza Gilani; Syed Yousaf Raza Gilani; Yusuf Raza Gilani; Syed Yusuf Raza Gilani; Yousuf Raza Gilani; Syed Yousuf Raza Gilani | PAK | LEG | title=Chairman Senate; gender=m
person | Ayaz Sadiq; Sardar Ayaz Sadiq | PAK | LEG | title=Speaker of the National Assembly; gender=m
person | Syedaal Khan Nasar; Syedaal Khan | PAK | LEG | title=Deputy Chairman Senate; gender=m
person | Ghulam Mustafa Shah; Syed Ghulam Mustafa Shah | PAK | LEG | title=Deputy Speaker of the National Assembly; gender=m
person | Omar Ayub Khan; Omar Ayub | PAK | LEG | title=Leader of the Opposition in the National Assembly; gender=m
person | Shibli Faraz | PAK | LEG | title=Leader of the Opposition in the Senate; gender=m
person | Irfan Siddiqui; Irfan ul Haq Siddiqui; Irfanul Haq Siddiqui | PAK | LEG | title=Senator; gender=m
person | Sherry Rehman | PAK | LEG | title=Senator; gender=f
person | Mushahid Hussain Sayed; Mushahid Hussain Syed; Mushahid Hussain | PAK | LEG | title=Senator; gender=m
person | Ali Zafar; Syed Ali Zafar | PAK | LEG | title=Senator; gender=m
person | Ejaz Chaudhry; Ijaz Chaudhry | PAK | LEG | title=Senator; gender=m
person | Faisal Javed Khan; Faisal Javed | PAK | LEG | title=Senator; gender=m
person | Aimal Wali Khan | PAK | PTY | title=ANP President; gender=m
person | Babar Saleem Swati | PAK | LEG | title=Speaker of the Khyber Pakhtunkhwa Assembly; gender=m
person | Malik Ahmed Khan; Malik Muhammad Ahmad Khan | PAK | LEG | title=Speaker of the Punjab Assembly; gender=m
person | Naveed Qamar; Syed Naveed Qamar | PAK | LEG | gender=m
person | Shazia Marri | PAK | LEG | gender=f
person | Zartaj Gul; Zartaj Gul Wazir | PAK | LEG | gender=f
person | Raja Pervaiz Ashraf; Raja Pervez Ashraf | PAK | LEG | gender=m
person | Hina Rabbani Khar | PAK | LEG | gender=f
person | Raza Rabbani; Mian Raza Rabbani | PAK | PTY | gender=m
person | Aitzaz Ahsan | PAK | PTY | gender=m
person | Farhatullah Babar; Farhat Ullah Babar | PAK | PTY | gender=m
person | Nayyar Bukhari; Nayyar Hussain Bukhari; Syed Nayyar Hussain Bukhari; Nayyer Bukhari | PAK | PTY | title=PPP Secretary General; gender=m
# ---- Pakistan: provinces
person | Maryam Nawaz; Maryam Nawaz Sharif | PAK | GOV | title=Punjab Chief Minister; gender=f
person | Murad Ali Shah; Syed Murad Ali Shah | PAK | GOV | title=Sindh Chief Minister; gender=m
person | Ali Amin Gandapur; Ali Amin Khan Gandapur | PAK | GOV | title=Khyber Pakhtunkhwa Chief Minister; gender=m
person | Sarfraz Bugti; Mir Sarfraz Bugti; Sarfaraz Bugti; Mir Sarfaraz Bugti; Sarfraz Ahmed Bugti | PAK | GOV | title=Balochistan Chief Minister; gender=m
person | Gulbar Khan; Haji Gulbar Khan | PAK | GOV | title=Gilgit-Baltistan Chief Minister; gender=m
person | Chaudhry Anwarul Haq; Anwarul Haq | PAK | GOV | title=Prime Minister of Azad Jammu and Kashmir; gender=m
person | Faisal Karim Kundi | PAK | GOV | title=Khyber Pakhtunkhwa Governor; gender=m
person | Saleem Haider Khan; Sardar Saleem Haider Khan; Sardar Saleem Haider | PAK | GOV | title=Punjab Governor; gender=m
person | Kamran Tessori; Kamran Khan Tessori | PAK | GOV | title=Sindh Governor; gender=m
person | Jaffar Khan Mandokhail; Sheikh Jaffar Khan Mandokhail; Jafar Khan Mandokhail | PAK | GOV | title=Balochistan Governor; gender=m
person | Maryam Aurangzeb; Marriyum Aurangzeb | PAK | GOV | title=Punjab Senior Minister; gender=f
person | Azma Bokhari; Azma Bukhari; Azma Zahid Bokhari | PAK | GOV | title=Punjab Information Minister; gender=f
person | Sharjeel Inam Memon; Sharjeel Memon | PAK | GOV | title=Sindh Senior Minister; gender=m
person | Saeed Ghani | PAK | GOV | title=Sindh Local Government Minister; gender=m
person | Zia Lanjar; Ziaul Hassan Lanjar; Ziaul Hasan Lanjar; Zia-ul-Hassan Lanjar; Zia ul Hassan Lanjar | PAK | GOV | title=Sindh Home Minister; gender=m
person | Nasir Hussain Shah; Syed Nasir Hussain Shah | PAK | GOV | gender=m
person | Murtaza Wahab | PAK | GOV | title=Mayor of Karachi; gender=m
person | Muhammad Ali Saif; Mohammad Ali Saif | PAK | GOV | title=Khyber Pakhtunkhwa Government Spokesperson; gender=m
person | Shahid Rind | PAK | GOV | title=Balochistan Government Spokesperson; gender=m
person | Faizullah Faraq | PAK | GOV | title=Gilgit-Baltistan Government Spokesperson; gender=m
person | Shahab Ali Shah | PAK | GOV | title=Khyber Pakhtunkhwa Chief Secretary; gender=m
# ---- Pakistan: armed forces, intelligence, police
person | Asim Munir; Syed Asim Munir | PAK | MIL | title=Chief of Army Staff; gender=m
person | Sahir Shamshad Mirza | PAK | MIL | title=Chairman Joint Chiefs of Staff Committee; gender=m
person | Naveed Ashraf | PAK | MIL | title=Chief of the Naval Staff; gender=m
person | Zaheer Ahmed Babar Sidhu; Zaheer Ahmad Babar Sidhu; Zaheer Ahmed Baber Sidhu; Zaheer Babar Sidhu; Zaheer Ahmed Babar | PAK | MIL | title=Chief of the Air Staff; gender=m
person | Ahmed Sharif Chaudhry; Ahmad Sharif Chaudhry | PAK | MIL | title=Director General Inter-Services Public Relations; gender=m
person | Muhammad Asim Malik; Asim Malik | PAK | SPY | title=Director General Inter-Services Intelligence; gender=m
person | Ali Nasir Rizvi; Syed Ali Nasir Rizvi | PAK | COP | title=Inspector General of Islamabad Police; gender=m
person | Usman Anwar | PAK | COP | title=Inspector General of Punjab Police; gender=m
person | Ghulam Nabi Memon | PAK | COP | title=Inspector General of Sindh Police; gender=m
person | Zulfiqar Hameed | PAK | COP | title=Inspector General of Khyber Pakhtunkhwa Police; gender=m
person | Moazzam Jah Ansari | PAK | COP | title=Inspector General of Balochistan Police; gender=m
person | Javed Alam Odho; Javed Odho | PAK | COP | title=Karachi Police Chief; gender=m
# ---- Pakistan: judiciary
person | Yahya Afridi | PAK | JUD | title=Chief Justice of Pakistan; gender=m
person | Mansoor Ali Shah; Syed Mansoor Ali Shah | PAK | JUD | title=Justice; gender=m
person | Munib Akhtar | PAK | JUD | title=Justice; gender=m
person | Aminuddin Khan; Amin-ud-Din Khan; Amin ud Din Khan; Aminud Din Khan | PAK | JUD | title=Justice; gender=m
person | Jamal Khan Mandokhail; Jamal Mandokhail; Jamal Mandokhel | PAK | JUD | title=Justice; gender=m
person | Muhammad Ali Mazhar | PAK | JUD | title=Justice; gender=m
person | Ayesha Malik; Ayesha A. Malik | PAK | JUD | title=Justice; gender=f
person | Athar Minallah | PAK | JUD | title=Justice; gender=m
person | Musarrat Hilali | PAK | JUD | title=Justice; gender=f
person | Hasan Azhar Rizvi; Syed Hasan Azhar Rizvi | PAK | JUD | title=Justice; gender=m
person | Shahid Waheed | PAK | JUD | title=Justice; gender=m
person | Naeem Akhtar Afghan | PAK | JUD | title=Justice; gender=m
person | Irfan Saadat Khan | PAK | JUD | title=Justice; gender=m
person | Shahid Bilal Hassan; Shahid Bilal Hasan | PAK | JUD | title=Justice; gender=m
person | Aqeel Ahmed Abbasi | PAK | JUD | title=Justice; gender=m
person | Aamer Farooq | PAK | JUD | title=Justice; gender=m
person | Sarfraz Dogar; Sardar Mohammad Sarfraz Dogar; Sardar Muhammad Sarfraz Dogar | PAK | JUD | title=Chief Justice of the Islamabad High Court; gender=m
person | Mohsin Akhtar Kayani | PAK | JUD | title=Justice; gender=m
person | Babar Sattar | PAK | JUD | title=Justice; gender=m
person | Tariq Mehmood Jahangiri | PAK | JUD | title=Justice; gender=m
person | Saman Rafat Imtiaz | PAK | JUD | title=Justice; gender=f
person | Ejaz Ishaq Khan; Sardar Ejaz Ishaq Khan | PAK | JUD | title=Justice; gender=m
person | Aalia Neelum | PAK | JUD | title=Chief Justice of the Lahore High Court; gender=f
person | Qazi Faez Isa | PAK | JUD | gender=m
# ---- Pakistan: parties and politics
person | Imran Khan; Imran Ahmed Khan Niazi; Imran Khan Niazi | PAK | PTY | title=PTI founder; gender=m
person | Bushra Bibi; Bushra Imran | PAK | - | gender=f
person | Aleema Khan; Aleema Khanum | PAK | - | gender=f
person | Gohar Ali Khan; Barrister Gohar Ali Khan; Gohar Khan | PAK | PTY | title=PTI Chairman; gender=m
person | Salman Akram Raja | PAK | PTY | title=PTI Secretary General; gender=m
person | Waqas Akram; Sheikh Waqas Akram; Sheikh Waqqas Akram; Waqqas Akram | PAK | PTY | title=PTI Information Secretary; gender=m
person | Asad Qaiser | PAK | PTY | gender=m
person | Junaid Akbar; Junaid Akbar Khan | PAK | PTY | title=PTI Khyber Pakhtunkhwa President; gender=m
person | Aliya Hamza; Aliya Hamza Malik | PAK | PTY | gender=f
person | Hammad Azhar | PAK | PTY | gender=m
person | Shah Mahmood Qureshi; Shah Mehmood Qureshi | PAK | PTY | gender=m
person | Pervaiz Elahi; Chaudhry Pervaiz Elahi; Parvez Elahi | PAK | PTY | gender=m
person | Latif Khosa; Sardar Latif Khosa | PAK | PTY | gender=m
person | Babar Awan | PAK | PTY | gender=m
person | Faisal Chaudhry | PAK | - | gender=m
person | Shoaib Shaheen | PAK | PTY | gender=m
person | Sher Afzal Marwat; Sher Afzal Khan Marwat | PAK | LEG | gender=m
person | Zulfi Bukhari; Zulfikar Bukhari; Sayed Zulfikar Bukhari | PAK | PTY | gender=m
person | Yasmin Rashid; Yasmeen Rashid | PAK | PTY | gender=f
person | Shireen Mazari | PAK | PTY | gender=f
person | Fawad Chaudhry; Fawad Hussain Chaudhry | PAK | PTY | gender=m
person | Azam Swati; Azam Khan Swati | PAK | PTY | gender=m
person | Hamid Raza; Sahibzada Hamid Raza | PAK | PTY | title=Sunni Ittehad Council Chairman; gender=m
person | Nawaz Sharif; Muhammad Nawaz Sharif; Mian Nawaz Sharif; Mian Muhammad Nawaz Sharif | PAK | PTY | title=PML-N President; gender=m
person | Hamza Shehbaz; Hamza Shehbaz Sharif | PAK | PTY | gender=m
person | Bilawal Bhutto Zardari; Bilawal Bhutto-Zardari; Bilawal Bhutto | PAK | PTY | title=PPP Chairman; gender=m
person | Aseefa Bhutto Zardari; Aseefa Bhutto-Zardari; Aseefa Bhutto | PAK | LEG | title=First Lady; gender=f
person | Fazlur Rehman; Maulana Fazlur Rehman; Fazl-ur-Rehman; Maulana Fazl-ur-Rehman; Fazl ur Rehman; Maulana Fazl ur Rehman; Fazal-ur-Rehman; Maulana Fazalur Rehman; Fazalur Rehman | PAK | PTY | title=JUI-F chief; gender=m
person | Abdul Ghafoor Haideri; Maulana Abdul Ghafoor Haideri | PAK | PTY | title=JUI-F Secretary General; gender=m
person | Hafiz Naeem ur Rehman; Hafiz Naeemur Rehman; Hafiz Naeem-ur-Rehman; Naeem ur Rehman | PAK | PTY | title=Jamaat-e-Islami Ameer; gender=m
person | Akhtar Mengal; Sardar Akhtar Mengal; Sardar Akhtar Jan Mengal; Akhtar Jan Mengal | PAK | PTY | title=BNP-M chief; gender=m
person | Mahmood Khan Achakzai; Mehmood Khan Achakzai | PAK | PTY | title=PkMAP chief; gender=m
person | Abdul Malik Baloch; Dr Abdul Malik Baloch | PAK | PTY | title=National Party President; gender=m
person | Saad Hussain Rizvi; Hafiz Saad Hussain Rizvi; Saad Rizvi | PAK | PTY | title=TLP chief; gender=m
person | Sheikh Rashid Ahmad; Sheikh Rashid Ahmed; Sheikh Rashid | PAK | PTY | title=AML chief; gender=m
person | Chaudhry Shujaat Hussain; Shujaat Hussain | PAK | PTY | title=PML-Q President; gender=m
person | Jahangir Tareen; Jahangir Khan Tareen | PAK | PTY | gender=m
person | Shahid Khaqan Abbasi | PAK | PTY | title=Awaam Pakistan Convener; gender=m
person | Farooq Sattar | PAK | LEG | gender=m
person | Mustafa Nawaz Khokhar | PAK | PTY | gender=m
person | Aftab Ahmad Khan Sherpao; Aftab Sherpao | PAK | PTY | title=QWP Chairman; gender=m
person | Raja Nasir Abbas; Allama Raja Nasir Abbas; Raja Nasir Abbas Jafri | PAK | PTY | title=MWM chief; gender=m
person | Mahrang Baloch | PAK | OPP | title=Baloch Yakjehti Committee organiser; gender=f
person | Sammi Deen Baloch; Sammi Baloch; Sammi Din Baloch | PAK | OPP | gender=f
person | Manzoor Pashteen; Manzoor Ahmad Pashteen | PAK | OPP | title=PTM chief; gender=m
person | Imaan Mazari; Imaan Zainab Mazari; Imaan Zainab Mazari-Hazir; Imaan Mazari-Hazir | PAK | - | gender=f
# ---- Pakistan: history and public figures
person | Muhammad Ali Jinnah; Mohammad Ali Jinnah; Quaid-e-Azam Muhammad Ali Jinnah | PAK | - | title=founder of Pakistan; gender=m
person | Allama Muhammad Iqbal; Allama Iqbal; Allama Mohammad Iqbal | PAK | - | gender=m
person | Liaquat Ali Khan | PAK | - | title=former prime minister; gender=m
person | Zulfikar Ali Bhutto; Zulfiqar Ali Bhutto | PAK | - | title=former prime minister; gender=m
person | Benazir Bhutto | PAK | - | title=former prime minister; gender=f
person | Pervez Musharraf | PAK | - | title=former president; gender=m
person | Zia-ul-Haq; Ziaul Haq; Zia ul Haq | PAK | - | title=former president; gender=m
person | Ayub Khan | PAK | - | title=former president; gender=m
person | Arif Alvi | PAK | PTY | title=former president; gender=m
person | Abdul Qadeer Khan; A.Q. Khan | PAK | - | gender=m
person | Malala Yousafzai | PAK | - | gender=f
person | Aafia Siddiqui | PAK | - | gender=f
person | Arshad Nadeem | PAK | - | gender=m
person | Babar Azam | PAK | - | gender=m
person | Shaheen Shah Afridi; Shaheen Afridi | PAK | - | gender=m
person | Malik Riaz; Malik Riaz Hussain | PAK | BUS | gender=m
person | Rana Mashhood Ahmed Khan; Rana Mashhood; Rana Mashhood Ahmad Khan | PAK | GOV | title=Chairman of the Prime Minister's Youth Programme; gender=m
person | Rana Ihsan Afzal; Rana Ihsan Afzal Khan | PAK | GOV | title=Coordinator to the Prime Minister on Commerce; gender=m
person | Romina Khurshid Alam | PAK | GOV | title=Coordinator to the Prime Minister on Climate Change; gender=f
person | Bilal bin Saqib | PAK | GOV | gender=m
person | Khurram Dastgir Khan; Khurram Dastgir | PAK | PTY | gender=m
person | Abdul Qadir Patel | PAK | LEG | gender=m
person | Faisal Vawda | PAK | LEG | title=Senator; gender=m
person | Mohsin Dawar | PAK | PTY | title=NDM chief; gender=m
person | Mushtaq Ahmad Khan; Mushtaq Ahmed Khan | PAK | PTY | gender=m
person | Ali Muhammad Khan | PAK | PTY | gender=m
person | Raoof Hasan; Rauf Hasan | PAK | PTY | gender=m
person | Hamid Mir | PAK | JRN | gender=m
person | Ahmad Noorani; Ahmed Noorani | PAK | JRN | gender=m
person | Asad Ali Toor; Asad Toor | PAK | JRN | gender=m
person | Arshad Sharif | PAK | JRN | gender=m
person | Noor Mukadam | PAK | - | gender=f
person | Zahir Jaffer | PAK | CRM | gender=m
person | Sana Yousaf | PAK | - | gender=f
# ---- Pakistan: militants
person | Noor Wali Mehsud | PAK | REB | title=TTP chief; gender=m
person | Bashir Zeb; Bashir Zeb Baloch | PAK | REB | title=BLA chief; gender=m
person | Allah Nazar Baloch; Allah Nazar | PAK | REB | title=BLF chief; gender=m
person | Hafiz Gul Bahadur | PAK | REB | gender=m
person | Masood Azhar; Maulana Masood Azhar | PAK | REB | title=Jaish-e-Mohammad chief; gender=m
person | Hafiz Saeed; Hafiz Muhammad Saeed | PAK | REB | gender=m
# ---- Afghanistan
person | Mohammad Nabi Omari; Muhammad Nabi Omari | AFG | GOV | title=Deputy Interior Minister of Afghanistan; gender=m
person | Hibatullah Akhundzada; Haibatullah Akhundzada; Mullah Hibatullah Akhundzada | AFG | GOV | title=Taliban Supreme Leader; gender=m
person | Mohammad Hasan Akhund; Muhammad Hassan Akhund; Mullah Muhammad Hassan Akhund; Mullah Mohammad Hasan Akhund; Mullah Hassan Akhund | AFG | GOV | title=Prime Minister of Afghanistan; gender=m
person | Amir Khan Muttaqi; Mawlawi Amir Khan Muttaqi; Ameer Khan Muttaqi | AFG | GOV | title=Foreign Minister of Afghanistan; gender=m
person | Sirajuddin Haqqani | AFG | GOV | title=Interior Minister of Afghanistan; gender=m
person | Mullah Mohammad Yaqoob; Mullah Yaqoob; Mohammad Yaqoob Mujahid | AFG | GOV | title=Defence Minister of Afghanistan; gender=m
person | Abdul Ghani Baradar; Mullah Abdul Ghani Baradar; Mullah Baradar | AFG | GOV | title=Deputy Prime Minister of Afghanistan; gender=m
person | Zabihullah Mujahid | AFG | GOV | title=Taliban spokesman; gender=m
person | Nooruddin Azizi; Nuruddin Azizi | AFG | GOV | title=Commerce Minister of Afghanistan; gender=m
person | Sardar Ahmad Shakib; Sardar Ahmad Shakeeb; Sardar Ahmad Khan Shakib | AFG | GOV | title=Afghan envoy to Pakistan; gender=m
person | Suhail Shaheen | AFG | GOV | gender=m
person | Hamid Karzai | AFG | - | title=former president; gender=m
person | Ashraf Ghani | AFG | - | title=former president; gender=m
# ---- India
person | Narendra Modi; Narendra Damodardas Modi | IND | GOV | title=Prime Minister of India; gender=m
person | Subrahmanyam Jaishankar; S Jaishankar; S. Jaishankar; Subramanyam Jaishankar | IND | GOV | title=External Affairs Minister of India; gender=m
person | Rajnath Singh | IND | GOV | title=Defence Minister of India; gender=m
person | Amit Shah | IND | GOV | title=Home Minister of India; gender=m
person | Ajit Doval | IND | GOV | title=National Security Adviser of India; gender=m
person | Vikram Misri | IND | GOV | title=Foreign Secretary of India; gender=m
person | Randhir Jaiswal | IND | GOV | title=Spokesperson of India's Ministry of External Affairs; gender=m
person | Rahul Gandhi | IND | LEG | title=Leader of the Opposition in the Lok Sabha; gender=m
person | Mallikarjun Kharge | IND | PTY | title=Congress President; gender=m
person | Omar Abdullah | IND | GOV | title=Chief Minister of Jammu and Kashmir; gender=m
person | Himanta Biswa Sarma | IND | GOV | title=Chief Minister of Assam; gender=m
person | Sofiya Qureshi | IND | MIL | title=Colonel; gender=f
person | Kulbhushan Jadhav | IND | SPY | gender=m
person | Manmohan Singh | IND | - | title=former prime minister; gender=m
person | Jawaharlal Nehru | IND | - | title=former prime minister; gender=m
person | Mahatma Gandhi; Mohandas Karamchand Gandhi | IND | - | gender=m
person | Virat Kohli | IND | - | gender=m
person | Rohit Sharma | IND | - | gender=m
# ---- Bangladesh, Sri Lanka, Nepal, Maldives
person | Muhammad Yunus; Mohammad Yunus | BGD | GOV | title=Chief Adviser of Bangladesh; gender=m
person | Touhid Hossain; Md Touhid Hossain; Mohammad Touhid Hossain | BGD | GOV | title=Foreign Adviser of Bangladesh; gender=m
person | Jahangir Alam Chowdhury | BGD | GOV | title=Home Adviser of Bangladesh; gender=m
person | Sheikh Hasina; Sheikh Hasina Wazed | BGD | - | title=former prime minister; gender=f
person | Khaleda Zia | BGD | PTY | title=BNP Chairperson; gender=f
person | Anura Kumara Dissanayake | LKA | GOV | title=President of Sri Lanka; gender=m
person | KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Sharma Oli | NPL | GOV | title=Prime Minister of Nepal; gender=m
# ---- China
person | Xi Jinping | CHN | GOV | title=President of China; gender=m
person | Li Qiang | CHN | GOV | title=Premier of China; gender=m
person | Wang Yi | CHN | GOV | title=Foreign Minister of China; gender=m
person | Jiang Zaidong | CHN | GOV | title=Chinese Ambassador to Pakistan; gender=m
person | Lin Jian | CHN | GOV | title=Chinese Foreign Ministry Spokesperson; gender=m
person | Wang Gang | CHN | MIL | title=Chief of Staff of the PLA Air Force; gender=m
person | Mao Ning | CHN | GOV | title=Chinese Foreign Ministry Spokesperson; gender=f
person | Guo Jiakun | CHN | GOV | title=Chinese Foreign Ministry Spokesperson; gender=m
person | Dong Jun | CHN | MIL | title=Defence Minister of China; gender=m
person | Han Zheng | CHN | GOV | title=Vice President of China; gender=m
person | He Lifeng | CHN | GOV | title=Vice Premier of China; gender=m
person | Sun Weidong | CHN | GOV | title=Vice Foreign Minister of China; gender=m
person | Liu Jianchao | CHN | PTY | gender=m
# ---- Korea, Japan, Southeast Asia, Oceania
person | Kim Jong Un; Kim Jong-un | PRK | GOV | title=Supreme Leader of North Korea; gender=m
person | Lee Jae-myung; Lee Jae Myung | KOR | GOV | title=President of South Korea; gender=m
person | Yoon Suk Yeol; Yoon Suk-yeol | KOR | - | gender=m
person | Shigeru Ishiba | JPN | GOV | title=Prime Minister of Japan; gender=m
person | Anwar Ibrahim | MYS | GOV | title=Prime Minister of Malaysia; gender=m
person | Prabowo Subianto | IDN | GOV | title=President of Indonesia; gender=m
person | Paetongtarn Shinawatra | THA | GOV | title=Prime Minister of Thailand; gender=f
person | Hun Manet | KHM | GOV | title=Prime Minister of Cambodia; gender=m
person | Hun Sen | KHM | GOV | title=President of the Senate of Cambodia; gender=m
person | Min Aung Hlaing | MMR | MIL | title=Commander-in-Chief of the Myanmar Armed Forces; gender=m
person | Anthony Albanese | AUS | GOV | title=Prime Minister of Australia; gender=m
person | Penny Wong | AUS | GOV | title=Foreign Minister of Australia; gender=f
# ---- Central Asia, Caucasus, Belarus
person | Ilham Aliyev | AZE | GOV | title=President of Azerbaijan; gender=m
person | Jeyhun Bayramov | AZE | GOV | title=Foreign Minister of Azerbaijan; gender=m
person | Khazar Farhadov | AZE | GOV | title=Ambassador of Azerbaijan to Pakistan; gender=m
person | Shavkat Mirziyoyev | UZB | GOV | title=President of Uzbekistan; gender=m
person | Bakhtiyor Saidov | UZB | GOV | title=Foreign Minister of Uzbekistan; gender=m
person | Emomali Rahmon | TJK | GOV | title=President of Tajikistan; gender=m
person | Aleksandr Lukashenko; Alexander Lukashenko; Alexandr Lukashenko | BLR | GOV | title=President of Belarus; gender=m
person | Alexandr Turchin; Alexandar Turchin; Aleksandr Turchin; Alexander Turchin | BLR | GOV | title=Prime Minister of Belarus; gender=m
# ---- Iran
person | Ali Khamenei; Ayatollah Ali Khamenei; Seyyed Ali Khamenei; Sayyid Ali Khamenei | IRN | GOV | title=Supreme Leader of Iran; gender=m
person | Masoud Pezeshkian | IRN | GOV | title=President of Iran; gender=m
person | Abbas Araghchi; Seyyed Abbas Araghchi; Abbas Araqchi; Syed Abbas Araghchi | IRN | GOV | title=Foreign Minister of Iran; gender=m
person | Esmaeil Baqaei; Esmaeil Baghaei; Ismail Baqaei; Esmail Baghaei | IRN | GOV | title=Iranian Foreign Ministry Spokesman; gender=m
person | Mohammad Eslami | IRN | GOV | title=Head of the Atomic Energy Organization of Iran; gender=m
person | Reza Amiri Moghadam; Reza Amiri Moghaddam | IRN | GOV | title=Ambassador of Iran to Pakistan; gender=m
person | Eskandar Momeni | IRN | GOV | title=Interior Minister of Iran; gender=m
person | Kazem Gharibabadi | IRN | GOV | title=Deputy Foreign Minister of Iran; gender=m
person | Amir Saeid Iravani; Amir-Saeid Iravani | IRN | GOV | title=Iran's Ambassador to the United Nations; gender=m
person | Ali Larijani | IRN | GOV | gender=m
person | Hossein Salami | IRN | MIL | gender=m
person | Mohammad Bagheri | IRN | MIL | gender=m
person | Ebrahim Raisi | IRN | - | title=former president; gender=m
# ---- Arab world and Turkey
person | Mohammed bin Salman; Mohammad bin Salman; Muhammad bin Salman; Mohammed bin Salman bin Abdulaziz Al Saud | SAU | GOV | title=Crown Prince and Prime Minister of Saudi Arabia; gender=m
person | Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud | SAU | GOV | title=King of Saudi Arabia; gender=m
person | Faisal bin Farhan; Faisal bin Farhan Al Saud | SAU | GOV | title=Foreign Minister of Saudi Arabia; gender=m
person | Khalid bin Salman; Khalid bin Salman Al Saud | SAU | GOV | title=Defence Minister of Saudi Arabia; gender=m
person | Nawaf bin Said Al-Malki; Nawaf bin Saeed Al-Malki; Nawaf bin Said Al Malki; Nawaf Saeed Al-Malki; Nawaf bin Saeed Ahmed Al-Malki | SAU | GOV | title=Ambassador of Saudi Arabia to Pakistan; gender=m
person | Adel al-Jubeir; Adel Al-Jubeir | SAU | GOV | title=Saudi Minister of State for Foreign Affairs; gender=m
person | Mohammed Al-Issa; Mohammed bin Abdulkarim Al-Issa; Mohammad Al-Issa; Mohammed Alissa | SAU | IGO | title=Secretary General of the Muslim World League; gender=m
person | Mohamed bin Zayed; Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed Al Nahyan; Mohammed bin Zayed | ARE | GOV | title=President of the UAE; gender=m
person | Mohammed bin Rashid Al Maktoum; Mohammed bin Rashid | ARE | GOV | title=Vice President and Prime Minister of the UAE; gender=m
person | Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan | ARE | GOV | title=Deputy Prime Minister and Foreign Minister of the UAE; gender=m
person | Hamad Obaid Ibrahim Salem Al-Zaabi; Hamad Obaid Al-Zaabi; Hamad Obaid Ibrahim Al-Zaabi | ARE | GOV | title=Ambassador of the UAE to Pakistan; gender=m
person | Khaled bin Mohamed bin Zayed; Khaled bin Mohamed bin Zayed Al Nahyan; Khaled bin Mohammed bin Zayed | ARE | GOV | title=Crown Prince of Abu Dhabi; gender=m
person | Fayyadh bin Hamed Al-Ruwaili; Fayyadh Al-Ruwaili | SAU | MIL | title=Chief of the General Staff of Saudi Arabia; gender=m
person | Tamim bin Hamad Al Thani; Tamim bin Hamad Al-Thani; Tamim bin Hamad | QAT | GOV | title=Emir of Qatar; gender=m
person | Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman Al-Thani; Mohammed bin Abdulrahman | QAT | GOV | title=Prime Minister and Foreign Minister of Qatar; gender=m
person | Majed al-Ansari; Majed Al-Ansari | QAT | GOV | title=Qatari Foreign Ministry Spokesman; gender=m
person | Ali Mubarak Ali Essa Al-Khater; Ali Mubarak Al-Khater | QAT | GOV | title=Ambassador of Qatar to Pakistan; gender=m
person | Hamad bin Isa Al Khalifa; Hamad bin Isa | BHR | GOV | title=King of Bahrain; gender=m
person | Abdel Fattah al-Sisi; Abdel Fattah el-Sisi; Abdel Fattah al-Sissi | EGY | GOV | title=President of Egypt; gender=m
person | Badr Abdelatty; Badr Abdel Aty | EGY | GOV | title=Foreign Minister of Egypt; gender=m
person | Joseph Aoun | LBN | GOV | title=President of Lebanon; gender=m
person | Nawaf Salam | LBN | GOV | title=Prime Minister of Lebanon; gender=m
person | Ahmed al-Sharaa; Ahmad al-Sharaa; Ahmed al-Shara; Abu Mohammed al-Jolani; Abu Mohammad al-Jolani | SYR | GOV | title=President of Syria; gender=m
person | Asaad al-Shaibani; Asaad Hassan al-Shaibani | SYR | GOV | title=Foreign Minister of Syria; gender=m
person | Bashar al-Assad; Bashar al Assad; Bashar Assad | SYR | - | title=former president; gender=m
person | Mohammed Shia al-Sudani; Mohammed Shia Al Sudani | IRQ | GOV | title=Prime Minister of Iraq; gender=m
person | Mahmoud Abbas | PSE | GOV | title=President of the Palestinian Authority; gender=m
person | Mahmud Bassal; Mahmoud Bassal | PSE | - | title=Gaza civil defence spokesman; gender=m
person | Khalil al-Hayya; Khalil Al-Hayya | PSE | REB | title=Hamas leader; gender=m
person | Abu Ubaida; Abu Obeida | PSE | REB | title=Hamas military wing spokesman; gender=m
person | Yahya Sinwar | PSE | REB | gender=m
person | Osama bin Laden; Usama bin Laden | --- | REB | gender=m
person | Naim Qassem | LBN | REB | title=Hezbollah Secretary General; gender=m
person | Hassan Nasrallah | LBN | REB | gender=m
person | Abdul Malik al-Houthi | YEM | REB | title=Houthi leader; gender=m
person | Abdel Fattah al-Burhan; Abdel Fattah Burhan | SDN | MIL | title=Head of Sudan's Sovereignty Council; gender=m
person | Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Tayyip Erdogan; Tayyip Erdoğan | TUR | GOV | title=President of Türkiye; gender=m
person | Emine Erdogan; Emine Erdoğan | TUR | - | title=First Lady of Türkiye; gender=f
person | Hakan Fidan | TUR | GOV | title=Foreign Minister of Türkiye; gender=m
person | Yasar Guler; Yaşar Güler; Yasar Güler | TUR | GOV | title=Defence Minister of Türkiye; gender=m
person | Irfan Neziroglu; İrfan Neziroğlu | TUR | GOV | title=Ambassador of Türkiye to Pakistan; gender=m
# ---- Israel
person | Benjamin Netanyahu | ISR | GOV | title=Prime Minister of Israel; gender=m
person | Israel Katz | ISR | GOV | title=Defence Minister of Israel; gender=m
person | Gideon Saar; Gideon Sa'ar | ISR | GOV | title=Foreign Minister of Israel; gender=m
person | Isaac Herzog | ISR | GOV | title=President of Israel; gender=m
person | Itamar Ben Gvir; Itamar Ben-Gvir | ISR | GOV | title=National Security Minister of Israel; gender=m
person | Bezalel Smotrich | ISR | GOV | title=Finance Minister of Israel; gender=m
person | Eyal Zamir | ISR | MIL | title=Chief of Staff of the Israeli military; gender=m
person | Herzi Halevi | ISR | MIL | gender=m
person | Avichay Adraee | ISR | MIL | title=Israeli military Arabic-language spokesman; gender=m
person | Yoav Gallant | ISR | - | gender=m
# ---- United States
person | Donald Trump; Donald J. Trump; Donald John Trump | USA | GOV | title=President of the United States; gender=m
person | JD Vance; J.D. Vance; James David Vance | USA | GOV | title=Vice President of the United States; gender=m
person | Marco Rubio | USA | GOV | title=Secretary of State; gender=m
person | Pete Hegseth | USA | GOV | title=Secretary of Defense; gender=m
person | Scott Bessent | USA | GOV | title=Treasury Secretary; gender=m
person | Howard Lutnick | USA | GOV | title=Commerce Secretary; gender=m
person | Pam Bondi | USA | GOV | title=Attorney General; gender=f
person | Tulsi Gabbard | USA | SPY | title=Director of National Intelligence; gender=f
person | Kash Patel | USA | COP | title=FBI Director; gender=m
person | John Ratcliffe | USA | SPY | title=CIA Director; gender=m
person | Mike Waltz; Michael Waltz | USA | GOV | gender=m
person | Steve Witkoff; Steven Witkoff | USA | GOV | title=US Special Envoy for the Middle East; gender=m
person | Keith Kellogg | USA | GOV | title=US Special Envoy for Ukraine; gender=m
person | Tom Barrack; Thomas Barrack | USA | GOV | title=US Ambassador to Türkiye and Special Envoy for Syria; gender=m
person | Tammy Bruce | USA | GOV | title=State Department Spokesperson; gender=f
person | Karoline Leavitt | USA | GOV | title=White House Press Secretary; gender=f
person | Jamieson Greer | USA | GOV | title=US Trade Representative; gender=m
person | Natalie Baker; Natalie A. Baker | USA | GOV | title=US Chargé d'Affaires to Pakistan; gender=f
person | Donald Blome | USA | GOV | gender=m
person | Michael Kurilla; Michael Erik Kurilla | USA | MIL | title=Commander of US Central Command; gender=m
person | Dan Caine | USA | MIL | title=Chairman of the Joint Chiefs of Staff; gender=m
person | Christopher Landau | USA | GOV | title=Deputy Secretary of State; gender=m
person | Richard Grenell | USA | GOV | gender=m
person | Chuck Schumer | USA | LEG | title=Senate Minority Leader; gender=m
person | Bernie Sanders | USA | LEG | title=Senator; gender=m
person | Eric Adams | USA | GOV | title=Mayor of New York; gender=m
person | Zohran Mamdani | USA | PTY | gender=m
person | Anna Kelly | USA | GOV | title=White House spokeswoman; gender=f
person | Sean Parnell | USA | GOV | title=Pentagon spokesman; gender=m
person | Michael Kugelman | USA | - | gender=m
person | Joe Biden; Joseph Biden; Joseph R. Biden | USA | - | title=former president; gender=m
person | Kamala Harris | USA | - | gender=f
person | Barack Obama | USA | - | title=former president; gender=m
person | Antony Blinken | USA | - | gender=m
person | Elon Musk | USA | BUS | gender=m
person | Zalmay Khalilzad | USA | - | gender=m
# ---- Europe, Americas, Africa
person | Keir Starmer | GBR | GOV | title=Prime Minister of the United Kingdom; gender=m
person | David Lammy | GBR | GOV | title=Foreign Secretary of the United Kingdom; gender=m
person | Yvette Cooper | GBR | GOV | title=Home Secretary of the United Kingdom; gender=f
person | Jane Marriott | GBR | GOV | title=British High Commissioner to Pakistan; gender=f
person | Hamish Falconer | GBR | GOV | gender=m
person | Angela Rayner | GBR | GOV | title=Deputy Prime Minister of the United Kingdom; gender=f
person | Nigel Farage | GBR | PTY | title=Reform UK leader; gender=m
person | Emmanuel Macron | FRA | GOV | title=President of France; gender=m
person | Jean-Noël Barrot; Jean-Noel Barrot | FRA | GOV | title=Foreign Minister of France; gender=m
person | Friedrich Merz | DEU | GOV | title=Chancellor of Germany; gender=m
person | Olaf Scholz | DEU | - | gender=m
person | Johann Wadephul | DEU | GOV | title=Foreign Minister of Germany; gender=m
person | Frank-Walter Steinmeier | DEU | GOV | title=President of Germany; gender=m
person | Annalena Baerbock | DEU | - | gender=f
person | Giorgia Meloni | ITA | GOV | title=Prime Minister of Italy; gender=f
person | Antonio Tajani | ITA | GOV | title=Foreign Minister of Italy; gender=m
person | Viktor Orbán; Viktor Orban | HUN | GOV | title=Prime Minister of Hungary; gender=m
person | Tamás Sulyok; Tamas Sulyok | HUN | GOV | title=President of Hungary; gender=m
person | Péter Szijjártó; Peter Szijjarto | HUN | GOV | title=Foreign Minister of Hungary; gender=m
person | Alexei Overchuk; Alexey Overchuk | RUS | GOV | title=Deputy Prime Minister of Russia; gender=m
person | Vladimir Putin; Vladimir Vladimirovich Putin | RUS | GOV | title=President of Russia; gender=m
person | Sergei Lavrov; Sergey Lavrov | RUS | GOV | title=Foreign Minister of Russia; gender=m
person | Dmitry Peskov; Dmitri Peskov | RUS | GOV | title=Kremlin Spokesman; gender=m
person | Maria Zakharova | RUS | GOV | title=Russian Foreign Ministry Spokeswoman; gender=f
person | Kirill Dmitriev | RUS | GOV | gender=m
person | Albert Khorev; Albert Pavlovich Khorev | RUS | GOV | title=Russian Ambassador to Pakistan; gender=m
person | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy | UKR | GOV | title=President of Ukraine; gender=m
person | Andriy Yermak; Andrii Yermak | UKR | GOV | title=Head of the Office of the President of Ukraine; gender=m
person | Rustem Umerov | UKR | GOV | gender=m
person | Ursula von der Leyen | EUR | IGO | title=President of the European Commission; gender=f
person | Kaja Kallas | EUR | IGO | title=EU High Representative for Foreign Affairs and Security Policy; gender=f
person | António Costa; Antonio Costa | EUR | IGO | title=President of the European Council; gender=m
person | Mark Rutte | NTO | IGO | title=NATO Secretary General; gender=m
person | Mark Carney | CAN | GOV | title=Prime Minister of Canada; gender=m
person | Justin Trudeau | CAN | - | gender=m
person | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva | BRA | GOV | title=President of Brazil; gender=m
person | Claudia Sheinbaum | MEX | GOV | title=President of Mexico; gender=f
person | Cyril Ramaphosa | ZAF | GOV | title=President of South Africa; gender=m
person | William Ruto | KEN | GOV | title=President of Kenya; gender=m
person | Abiy Ahmed | ETH | GOV | title=Prime Minister of Ethiopia; gender=m
person | Paul Kagame | RWA | GOV | title=President of Rwanda; gender=m
person | Robert Prevost; Robert Francis Prevost | VAT | REL | title=Pope; gender=m
# ---- United Nations and international bodies
person | Antonio Guterres; António Guterres | UNO | IGO | title=UN Secretary-General; gender=m
person | Stephane Dujarric; Stéphane Dujarric | UNO | IGO | title=Spokesperson for the UN Secretary-General; gender=m
person | Volker Turk; Volker Türk | UNO | IGO | title=UN High Commissioner for Human Rights; gender=m
person | Philippe Lazzarini | UNO | IGO | title=UNRWA Commissioner-General; gender=m
person | Tom Fletcher | UNO | IGO | title=UN Under-Secretary-General for Humanitarian Affairs; gender=m
person | Francesca Albanese | UNO | IGO | title=UN Special Rapporteur on the occupied Palestinian territories; gender=f
person | Rafael Grossi; Rafael Mariano Grossi | UNO | IGO | title=IAEA Director General; gender=m
person | Kristalina Georgieva | IGO | IGO | title=IMF Managing Director; gender=f
person | Ajay Banga | IGO | IGO | title=World Bank President; gender=m
person | Hissein Brahim Taha | IGO | IGO | title=OIC Secretary General; gender=m
person | Nurlan Yermekbayev | IGO | IGO | title=SCO Secretary-General; gender=m
person | Gianni Infantino | - | NGO | title=FIFA President; gender=m
