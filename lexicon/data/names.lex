# names.lex: given names, name prefixes and East Asian family names, to recognise
# persons named without a title. Kind `given`; see docs/LEXICON.md.
#   gender=m|f        the name's usual gender; left out when the name is used for both
#   prefix=1          a word that starts a South Asian or Arab name (Syed, Chaudhry, Sardar,
#                     Mian, Maulana ...): "Chaudhry Rukhsar", "Sardar Umair Naeem"
#   family=1          a Chinese, Korean or Vietnamese family name, written first: "Wang Yi"
# Built from a count of capitalised words after titles in the 2025 Pakistani news corpus,
# plus standard name lists. Deliberately absent (ordinary words, titles, places or mostly
# non-name uses in this news): Will May June April August Grace Faith Hope Joy Rich Bill Mark
# Frank Grant Guy Dean Major King Prince Sultan Emir Justice Islam Allah Khan Haq Jan Pak
# Israel Jordan Christian Victoria Georgia Santiago Milan Angel Roman Dawn Summer Ravi Mangla
# Riyadh Madina Mina Asia Marine Jihad Oscar Ghazi Shaheen Aqsa Aman Lal Chand Ramzan Ramadan
# Rajab Nazim Yogi Baba Sorab, the Chinese family names He Long Song Hong Kong Park Moon Oh Do
# Tan Fan Ban Yuan, and prefixes that are mostly places here (Peer).

# Name prefixes (honorific or family words that begin a name)
given | Agha; Alhaj; Allama; Arbab | - | - | prefix=1; gender=m
given | Ch; Chaudhary; Chaudhri; Chaudhry; Chaudri; Choudhry | - | - | prefix=1; gender=m
given | Hafiz; Haji | - | - | prefix=1; gender=m
given | Jam | - | - | prefix=1; gender=m
given | Khawaja; Khwaja; Kunwar | - | - | prefix=1; gender=m
given | Makhdoom; Makhdum; Malak; Malik; Maulana; Maulvi; Mawlawi; Mehar; Mian; Miangul; Mir; Mirza | - | - | prefix=1; gender=m
given | Molvi; Moulana; Mufti; Mullah | - | - | prefix=1; gender=m
given | Nawab; Nawabzada | - | - | prefix=1; gender=m
given | Pir | - | - | prefix=1; gender=m
given | Qari; Qazi | - | - | prefix=1; gender=m
given | Rai; Raja; Rana; Rao | - | - | prefix=1; gender=m
given | Sahibzada; Sardar; Sayed; Sayyed; Sayyid; Seyed; Seyyed; Shahzada; Shehzada; Syed | - | - | prefix=1; gender=m

# Name prefixes, women
given | Begum | - | - | prefix=1; gender=f
given | Sahibzadi; Syeda | - | - | prefix=1; gender=f

# Name prefixes, either gender
given | Shaikh; Sheikh | - | - | prefix=1

# Family names written first (Chinese, Korean, Vietnamese, Cambodian)
given | Ahn | - | - | family=1
given | Baek; Bai; Bao; Bui | - | - | family=1
given | Cai; Cao; Chai; Chang; Chen; Cheng; Cho; Choi; Chung; Cui | - | - | family=1
given | Dai; Dang; Deng; Dong; Duan; Duong | - | - | family=1
given | Fang; Feng; Fu | - | - | family=1
given | Gao; Geng; Gu; Guo | - | - | family=1
given | Han; Hao; Hoang; Hou; Hu; Hua; Huang; Hun; Huynh; Hwang | - | - | family=1
given | Jeon; Jia; Jiang; Jung | - | - | family=1
given | Kim; Kou; Kuang; Kwak; Kwon | - | - | family=1
given | Lai; Lan; Lee; Lei; Li; Lian; Liang; Liao; Lim; Lin; Liu; Lu | - | - | family=1
given | Luo | - | - | family=1
given | Ma; Mao; Meng; Miao | - | - | family=1
given | Ngo; Nguyen; Nie; Niu; Noh | - | - | family=1
given | Ou | - | - | family=1
given | Pang; Pei; Peng; Pham; Phan | - | - | family=1
given | Qi; Qian; Qiao; Qin; Qiu; Qu | - | - | family=1
given | Ren; Roh; Ruan | - | - | family=1
given | Seo; Shang; Shao; Shen; Sheng; Shi; Shin; Su; Sun | - | - | family=1
given | Tang; Tao; Tian; Tong; Tran | - | - | family=1
given | Vo; Vu | - | - | family=1
given | Wan; Wang; Wei; Wen; Wu | - | - | family=1
given | Xi; Xia; Xiang; Xiao; Xie; Xing; Xiong; Xu; Xue | - | - | family=1
given | Yan; Yang; Yao; Yeo; Yin; Yoo; Yoon; Yu; Yue; Yun | - | - | family=1
given | Zeng; Zhai; Zhan; Zhang; Zhao; Zheng; Zhong; Zhou; Zhu; Zhuang; Zou; Zuo | - | - | family=1

# Given names, men
given | Aajiz; Aali; Aamer; Aamir; Aaqib; Aarif; Aaron; Aasim; Abbas; Abdal; Abdel; Abdelaziz | - | - | gender=m
given | Abdelfattah; Abdelhamid; Abdelkader; Abdelmadjid; Abdessatar; Abdisalam; Abdollah; Abdolnaser; Abdolrahim; Abdoulaye; Abdourahamane; Abdul | - | - | gender=m
given | Abdulaziz; Abdulbari; Abdulghani; Abdulhadi; Abdulhakim; Abdulhamid; Abdulhamit; Abdulhaq; Abdulkabir; Abdulkarim; Abdulla; Abdullah | - | - | gender=m
given | Abdulqahar; Abdulrahim; Abdulrahman; Abdulsalam; Abdur; Abdus; Abhishek; Abid; Abiy; Abolfazl; Aboul; Abraham | - | - | gender=m
given | Abrar; Abu; Abuzar; Adam; Adama; Adeel; Adel; Adil; Adilur; Aditya; Adnan; Adrian | - | - | gender=m
given | Afaq; Afrasiab; Afrasiyab; Aftab; Afzaal; Afzal; Agil; Ahad; Ahmad; Ahmadreza; Ahmadullah; Ahmed | - | - | gender=m
given | Ahmer; Ahmet; Ahsan; Ahsanullah; Aijaz; Aimal; Aitzaz; Aizaz; Ajay; Ajit; Ajiz; Ajmal | - | - | gender=m
given | Akash; Akbar; Akhilesh; Akhlaq; Akhmad; Akhtar; Akhter; Akhunzada; Akif; Akihiro; Akinwumi; Akira | - | - | gender=m
given | Akmal; Akram; Akylbek; Alamgir; Alan; Alasdair; Alassane; Alastair; Alauddin; Albert; Alberto; Aleem | - | - | gender=m
given | Alejandro; Aleksandar; Aleksandr; Aleksei; Alessandro; Alex; Alexandar; Alexander; Alexandr; Alexandre; Alexei; Alexey | - | - | gender=m
given | Alfonso; Alfred; Ali; Alim; Alireza; Alistair; Allan; Allen; Almazbek; Alok; Alparslan; Altaf | - | - | gender=m
given | Altamash; Alvaro; Álvaro; Alvin; Aly; Amaan; Amadou; Amanat; Amanullah; Amar; Amarinder; Ambrose | - | - | gender=m
given | Ameen; Ameenur; Ameer; Amer; Amin; Aminud; Aminuddin; Aminul; Aminullah; Aminur; Amir; Amirhossein | - | - | gender=m
given | Amit; Amitabh; Amitesh; Amjad; Amjid; Ammar; Amos; Amrullah; Anand; Anar; Anas; Anatolii | - | - | gender=m
given | Anatoly; Anders; Andre; André; Andreas; Andrei; Andrej; Andres; Andrés; Andrew; Andrey; Andrii | - | - | gender=m
given | Andriy; Andrzej; Andy; Aneel; Anees; Angelo; Angus; Anil; Anis; Anisul; Ankit; Ansar | - | - | gender=m
given | Anthony; Antoine; Anton; Antonio; António; Antonis; Antony; Anupam; Anura; Anurag; Anutin; Anwaar | - | - | gender=m
given | Anwar; Anwarul; Anwer; Aon; Apurba; Aqeel; Aqib; Aqibullah; Aqil; Aram; Ararat; Arash | - | - | gender=m
given | Arbaz; Archibald; Aref; Arham; Arie; Arif; Arjun; Arkady; Arman; Armen; Armin; Arnaud | - | - | gender=m
given | Arnold; Arsalan; Arshad; Arslan; Artem; Arthur; Arturo; Arun; Arvind; Aryeh; Arzam; Asaad | - | - | gender=m
given | Asad; Asadullah; Asaduzzaman; Asfandyar; Asghar; Ashar; Ashbar; Ashfaq; Ashfaque; Ashiq; Ashir; Ashok | - | - | gender=m
given | Ashraf; Ashton; Ashwini; Asif; Asifullah; Asim; Asjad; Askar; Aslam; Asmatullah; Assimi; Ata | - | - | gender=m
given | Atabak; Atadjan; Atal; Ataullah; Ateeq; Athar; Atif; Atiq; Atiqullah; Atiqur; Atizaz; Atta | - | - | gender=m
given | Attaullah; Attaur; Attila; Attiq; Atul; Augustin; Augusto; Aun; Aurangzaib; Aurangzeb; Aurelio; Avais | - | - | gender=m
given | Avazbek; Avi; Avichay; Avigdor; Awais; Axar; Axel; Ayaz; Ayman; Ayoub; Ayub; Ayyaz | - | - | gender=m
given | Azam; Azaz; Azeem; Azer; Azfar; Azhar; Azharul; Azher; Azim; Aziz; Azizullah; Azizur | - | - | gender=m
given | Azmat; Azmatullah | - | - | gender=m
given | Babajide; Babak; Babar; Baber; Babur; Baburam; Badar; Bader; Badr; Badruddin; Badrul; Bagher | - | - | gender=m
given | Bahadur; Bahauddin; Bahruz; Bahzad; Baitullah; Bakheet; Bakhodir; Bakhrom; Bakhsh; Bakht; Bakhtiar; Bakhtiyar | - | - | gender=m
given | Bakhtiyor; Balach; Balazs; Balázs; Baleeghur; Balen; Baltasar; Balwinder; Bambang; Bandar; Baqar; Baqer | - | - | gender=m
given | Baqir; Barack; Barakatullah; Barkat; Barry; Bart; Bartholomew; Bartosz; Basem; Bashar; Basharat; Bashir | - | - | gender=m
given | Basim; Basit; Bassem; Bassirou; Bastian; Bebarg; Beebarg; Behrouz; Behzad; Bekir; Ben; Benedict | - | - | gender=m
given | Benjamin; Benny; Benoit; Benoît; Benyamin; Bernard; Bernardo; Bernd; Bernie; Bertie; Bertrand; Bezalel | - | - | gender=m
given | Bhagat; Bhagwant; Bhupender; Bhupendra; Bidzina; Bijan; Bilal; Bilawal; Binali; Bjorn; Björn; Blake | - | - | gender=m
given | Bob; Bobby; Bobojon; Bogdan; Bohdan; Bohuslav; Bola; Boris; Borut; Boubacar; Boyd; Boyko | - | - | gender=m
given | Brad; Bradley; Brahim; Brandon; Brendan; Brent; Bret; Brett; Brian; Brock; Bruce; Bruno | - | - | gender=m
given | Bryan; Bryce; Bulent; Bülent; Burak; Burhan; Burhanuddin; Burkhard; Byron | - | - | gender=m
given | Caleb; Calvin; Cameron; Carl; Carlo; Carlos; Carsten; Cecil; Cedric; Celso; Cem; Cengiz | - | - | gender=m
given | Cesar; César; Cevdet; Chandrababu; Chandrashekhar; Changpeng; Charles; Charlie; Cheikh; Chetan; Chinua; Chirag | - | - | gender=m
given | Chris; Christer; Christoph; Christophe; Christopher; Chuck; Ciro; Clarence; Claude; Claudio; Clement; Clément | - | - | gender=m
given | Clive; Cody; Colin; Connor; Conor; Conrad; Cornelius; Craig; Cristian; Curtis; Cyril; Cyrus | - | - | gender=m
given | Dag; Daljit; Dalton; Damian; Damien; Damon; Dan; Danesh; Danial; Daniel; Daniele; Daniyal | - | - | gender=m
given | Daniyar; Danny; Danyal; Darin; Dario; Darius; Dariush; Darrell; Darren; Darryl; Darshan; Daud | - | - | gender=m
given | Dave; David; Dawood; Dawud; Declan; Deepak; Denis; Dennis; Denys; Derek; Desmond; Devendra | - | - | gender=m
given | Devlet; Dhafer; Dharmendra; Dhruv; Diego; Dieter; Dilan; Dilawar; Dildar; Dileep; Diljit; Dimitri | - | - | gender=m
given | Dimitris; Dinesh; Diosdado; Dirk; Dmitri; Dmitry; Dmytro; Dominic; Dominik; Donald; Donovan; Doug | - | - | gender=m
given | Douglas; Dragan; Duncan; Dwight; Dylan | - | - | gender=m
given | Eamon; Ebrahim; Eddie; Edgar; Edi; Edil; Edmund; Edoardo; Eduardo; Edward; Edwin; Efkan | - | - | gender=m
given | Efraim; Egils; Egon; Egor; Ehsan; Ehsanul; Ehsanullah; Ehtesham; Ehtisham; Ehud; Ejaz; Ejazul | - | - | gender=m
given | Eknath; Ekrem; Elbridge; Elchin; Eldar; Eldon; Elias; Elijah; Elliot; Elliott; Ellis; Elmar | - | - | gender=m
given | Elnur; Elon; Elshad; Emad; Emanuel; Emanuele; Emerson; Emil; Emilio; Emin; Emmanuel; Emmerson | - | - | gender=m
given | Emomali; Emre; Enayatullah; Enrico; Enrique; Eoin; Ercan; Erdal; Erdem; Eric; Erik; Erlan | - | - | gender=m
given | Ernest; Ernesto; Ernst; Ertugrul; Ertuğrul; Erwin; Es'haq; Esfandyar; Eshaq; Eskandar; Esmaeil; Esmail | - | - | gender=m
given | Espen; Essa; Esteban; Ethan; Eugene; Eusebio; Evan; Evangelos; Evgeny; Evo; Eyal; Ezra | - | - | gender=m
given | Fabian; Fabio; Fadi; Fadillah; Faez; Fahad; Fahd; Faheem; Fahim; Fahrettin; Faiq; Faisal | - | - | gender=m
given | Faiz; Faizan; Faizullah; Fakhar; Fakhr; Fakhre; Fakhruddin; Fakhrul; Faleh; Faqir; Faraz; Fareed | - | - | gender=m
given | Farhad; Farhan; Farhatullah; Farhod; Farid; Fariduddin; Farkhod; Farman; Farooq; Farouk; Faruq; Farzad | - | - | gender=m
given | Fasih; Fasihuddin; Fasihur; Fatehullah; Fatih; Faure; Fawad; Fawwad; Fayaz; Fayez; Fayyaz; Fazal | - | - | gender=m
given | Fazalul; Fazalur; Fazil; Fazl; Fazle; Fazluddin; Fazlullah; Fazlur; Federico; Fedor; Felipe; Felix | - | - | gender=m
given | Félix; Feodor; Ferdinand; Ferenc; Fergus; Fernando; Feroz; Ferozuddin; Fida; Fidel; Filip; Filipe | - | - | gender=m
given | Filippo; Firass; Firoz; Flavio; Flávio; Florian; Fouad; Francesco; Francis; Francisco; Franco; Francois | - | - | gender=m
given | François; Franklin; Frans; Franz; Fred; Frederick; Frederico; Fredrik; Friedrich; Fritz; Fuad; Fuat | - | - | gender=m
given | Fumio; Furqan; Fyodor | - | - | gender=m
given | Gabor; Gábor; Gabriel; Gadi; Gagan; Gajendra; Gamal; Ganesh; Gareth; Gary; Gaston; Gaurav | - | - | gender=m
given | Gautam; Gavin; Geert; Gennady; Geoff; Geoffrey; Georg; George; Georges; Georgiy; Georgy; Gerald | - | - | gender=m
given | Geraldo; Gerard; Gerardo; Gergely; Gerhard; Gerrit; Ghafoor; Ghalib; Ghanem; Ghanshyam; Ghasem; Ghassan | - | - | gender=m
given | Ghazanfar; Ghiasuddin; Gholam; Gholamreza; Ghulam; Gia; Giacomo; Gian; Gianluca; Gianni; Giannis; Gibran | - | - | gender=m
given | Gideon; Gilad; Gilbert; Gilles; Giorgi; Giorgio; Giorgos; Giovanni; Giriraj; Girish; Gitanas; Giulio | - | - | gender=m
given | Giuseppe; Glenn; Godfrey; Gohar; Gokhan; Gökhan; Gonzalo; Goodluck; Gopal; Goran; Gordon; Gotabaya | - | - | gender=m
given | Gottfried; Graham; Greg; Gregory; Grigory; Guido; Guillaume; Gulbar; Gulbuddin; Guldad; Gulzar; Gunnar | - | - | gender=m
given | Gunther; Günther; Gurbanguly; Gurdeep; Gurpreet; Gustav; Gustave; Gustavo | - | - | gender=m
given | Habib; Habibullah; Habibur; Hadi; Hafeez; Hafeezullah; Hafeezur; Hafez; Hafizul; Hafizullah; Haibatullah; Haider | - | - | gender=m
given | Haitham; Hakainde; Hakan; Hakim; Haleem; Halil; Haluk; Hamad; Hamayun; Hamdan; Hamdullah; Hamed | - | - | gender=m
given | Hameed; Hamid; Hamidreza; Hamidul; Hamidullah; Hamidur; Hamish; Hammad; Hamoud; Hamza; Hamzeh; Hani | - | - | gender=m
given | Hanif; Hank; Hans; Harald; Hardeep; Hardik; Haris; Harish; Harold; Haroon; Harpal; Harpreet | - | - | gender=m
given | Harry; Harun; Harvey; Hasaan; Hasan; Hasanat; Haseeb; Hashim; Hashir; Hashmat; Hasibullah; Hasnain | - | - | gender=m
given | Hasnat; Hassaan; Hassaanul; Hassan; Hatem; Hayat; Hayatullah; Hazem; Heath; Hector; Heidar; Heinrich | - | - | gender=m
given | Heinz; Hekmatullah; Helmut; Hemant; Henri; Henrik; Henry; Heorhii; Herbert; Herman; Herve; Hervé | - | - | gender=m
given | Hesam; Heydar; Hibatullah; Hidayat; Hidayatullah; Hidayatur; Hideki; Hideo; Hikmat; Hikmatullah; Hikmet; Hilal | - | - | gender=m
given | Himanta; Hirofumi; Hiroshi; Hisham; Hishammuddin; Hissein; Hojjat; Horst; Hosein; Hosni; Hossain; Hossein | - | - | gender=m
given | Howard; Hristijan; Hubert; Hugh; Hugo; Hulusi; Humaid; Humayun; Humberto; Husain; Huseyin; Hüseyin | - | - | gender=m
given | Husnain; Hussain; Hussein; Hyder; Hyun | - | - | gender=m
given | Ian; Ibrahim; Ibrahima; İbrahim; Ibrar; Ichiro; Idrees; Idris; Idriss; Iftekhar; Iftikhar; Ignacio | - | - | gender=m
given | Igor; Ihab; Ihor; Ihsan; Ihsanul; Ihtesham; Ihtisham; Ijaz; Ijazul; Ikechukwu; Ikhlaq; Ikhtiar | - | - | gender=m
given | Ikram; Ikramul; Ikramullah; Ilham; Ilhan; İlhan; Ilir; Ilkin; Ilya; Ilyas; Imad; Imaduddin | - | - | gender=m
given | Imdad; Imdadullah; Imran; Imtiaz; Inaam; Inacio; Inácio; Inam; Inamul; Inamullah; Inayat; Inayatullah | - | - | gender=m
given | Inder; Indresh; Ingo; Intezar; Intizar; Inzamam; Iqbal; Iqrar; Ira; Iraj; Irakli; Irfan | - | - | gender=m
given | Irfanul; Irfanullah; İrfan; Irshad; Irtiza; Irving; Isaac; Isaias; Ishaq; Ishaque; Ishfaq; Ishtiaq | - | - | gender=m
given | Isidore; Iskander; Ismail; İsmail; Israr; Israrullah; Issa; Istvan; István; Itamar; Ivan; Ivica | - | - | gender=m
given | Izhar; Izharul | - | - | gender=m
given | Jabbar; Jaber; Jabir; Jack; Jacob; Jacques; Jafar; Jaffar; Jagan; Jagdeep; Jagdish; Jagmeet | - | - | gender=m
given | Jahangir; Jahanzaib; Jahanzeb; Jaime; Jair; Jakaya; Jake; Jaker; Jakhongir; Jakob; Jalal; Jalaluddin | - | - | gender=m
given | Jalat; Jaleel; Jalil; Jamal; Jamaluddin; Jameel; James; Jamie; Jamieson; Jamil; Jamshaid; Jamshed | - | - | gender=m
given | Jamshid; Janez; Janos; János; Janusz; Jared; Jarosław; Jaroslav; Jaroslaw; Jarrod; Jasem; Jashim | - | - | gender=m
given | Jasim; Jason; Jasper; Jasprit; Jassem; Jassim; Jaswant; Javad; Javaid; Javed; Javedullah; Javid | - | - | gender=m
given | Javier; Javlon; Jawad; Jawaharlal; Jawaid; Jawed; Jawwad; Jean-Claude; Jean-Luc; Jean-Noel; Jean-Noël; Jean-Pierre | - | - | gender=m
given | Jean-Yves; Jed; Jeenbek; Jeewan; Jeff; Jeffery; Jeffrey; Jehangir; Jehanzaib; Jemal; Jens; Jeremiah | - | - | gender=m
given | Jeremy; Jerome; Jérôme; Jerry; Jerzy; Jesse; Jeyhun; Jibran; Jim; Jimmy; Jitendra; Joachim | - | - | gender=m
given | Joao; João; Jochen; Joe; Joel; Johan; Johann; Johannes; John; Joko; Jomart; Jon | - | - | gender=m
given | Jonas; Jonathan; Jordi; Jorg; Jörg; Jorge; Jose; José; Josef; Josep; Joseph; Josh | - | - | gender=m
given | Joshua; Jozef; Juan; Jules; Julian; Julien; Julio; Julius; Junaid; Junichiro; Junius; Jurgen | - | - | gender=m
given | Jürgen; Justin; Jyotiraditya | - | - | gender=m
given | Kabir; Kadir; Kai; Kailash; Kairat; Kais; Kaiser; Kakhramon; Kaleem; Kalimullah; Kamal; Kamaluddin | - | - | gender=m
given | Kamalul; Kamchybek; Kamel; Kamil; Kamran; Kamrul; Kanat; Kanji; Kapil; Karamat; Karan; Karar | - | - | gender=m
given | Kareem; Karel; Karim; Karl; Karol; Karsten; Kash; Kashif; Kasim; Kasper; Kassem; Kassym-Jomart | - | - | gender=m
given | Kassym; Katsunobu; Kaveh; Kazem; Kazim; Kazuhiro; Kazuo; Keir; Keith; Kemal; Ken; Kenichi | - | - | gender=m
given | Kenji; Kenneth; Kenny; Kent; Kenta; Kentaro; Keshav; Kevin; Khadga; Khadim; Khair; Khairuddin | - | - | gender=m
given | Khairullah; Khaldoun; Khaled; Khaleel; Khaleequr; Khalid; Khalifa; Khalil; Khalilur; Khaliq; Khamis; Khaqan | - | - | gender=m
given | Khatumal; Khawar; Khazar; Kheal; Khizar; Khizer; Khuram; Khurram; Khurrum; Khursheed; Khurshid; Kieran | - | - | gender=m
given | Kifayat; Kifayatullah; Kioumars; Kiren; Kiril; Kirill; Kiro; Klaus; Kofi; Koichi; Koji; Kojo | - | - | gender=m
given | Konstantin; Konstantinos; Kosuke; Kourosh; Krishan; Kristian; Kristof; Krzysztof; Kulbhushan; Kuldeep; Kunal; Kürşad | - | - | gender=m
given | Kurt; Kurtulus; Kush; Kwabena; Kwame; Kyle; Kyriakos; Kyrylo | - | - | gender=m
given | Ladislav; Lakshman; Lalu; Larry; Lars; Laszlo; László; Lateef; Latif; Laurent; Lawrence; Laxman | - | - | gender=m
given | Lech; Lennart; Leo; Leon; Leonard; Leonardo; Leonid; Lester; Levan; Levent; Levon; Lewis | - | - | gender=m
given | Liam; Liaqat; Liaquat; Lionel; Lloyd; Lorenz; Lorenzo; Lothar; Louay; Louis; Luay; Luc | - | - | gender=m
given | Luca; Lucas; Lucien; Ludwig; Luigi; Luis; Luiz; Lukas; Luke; Lyndon | - | - | gender=m
given | Macky; Madhav; Mahamat; Mahathir; Mahboob; Mahbubur; Mahdi; Mahendra; Maher; Mahesh; Mahinda; Mahmood | - | - | gender=m
given | Mahmoodur; Mahmoud; Mahmud; Mahmut; Maithripala; Majdi; Majed; Majeed; Majid; Makoto; Maksim; Malcolm | - | - | gender=m
given | Mallikarjun; Mamadou; Manan; Manet; Manfred; Manish; Manjinder; Manmohan; Mannan; Manohar; Manoj; Manouchehr | - | - | gender=m
given | Mansab; Mansoor; Mansour; Mansukh; Mansur; Manuel; Manzar; Manzer; Manzoor; Manzur; Maqbool; Maqsood | - | - | gender=m
given | Marat; Marc; Marcel; Marcello; Marcelo; Marco; Marcos; Marcus; Marek; Mariano; Mario; Maris | - | - | gender=m
given | Marius; Marko; Markus; Maros; Martin; Martín; Marwan; Marzouq; Masahiro; Masato; Mashhood; Masood | - | - | gender=m
given | Masoud; Masroor; Massimo; Massoud; Masud; Mateen; Mateusz; Mathieu; Matt; Matteo; Matthew; Matthias | - | - | gender=m
given | Matthieu; Matvei; Maurice; Mauricio; Maurizio; Mauro; Maxim; Maxime; Maximilian; Mazen; Mazhar; Mazharul | - | - | gender=m
given | Md; Mehboob; Mehdi; Mehmet; Mehmood; Mehmoodur; Mehr; Mehrdad; Mehrullah; Meir; Melhem; Meraaj | - | - | gender=m
given | Merlin; Metin; Mevlut; Mevlüt; Micah; Michał; Michael; Michal; Michel; Miguel; Mikael; Mikayil | - | - | gender=m
given | Mike; Mikhail; Mikheil; Mikko; Milorad; Milos; Miloš; Minhaj; Minoru; Miroslav; Miroslaw; Mishaal | - | - | gender=m
given | Mitch; Mitchell; Mitt; Mizanur; Moazzam; Moeed; Moeen; Mohamad; Mohamed; Mohammad-Bagher; Mohammad-Javad; Mohammad-Reza | - | - | gender=m
given | Mohammad; Mohammadreza; Mohammed; Mohan; Mohannad; Mohd; Mohi; Mohib; Mohinder; Mohit; Mohiuddin; Mohsen | - | - | gender=m
given | Mohsin; Mohyuddin; Moin; Moinuddin; Moiz; Mojib; Mojtaba; Mokgweetsi; Momin; Monem; Moninder; Moonis | - | - | gender=m
given | Moosa; Morris; Morteza; Moshe; Mostafa; Motahar; Mousa; Moussa; Muazzam; Mubarak; Mubarakzeb; Mubarik | - | - | gender=m
given | Mubashir; Mubeen; Mudasir; Mudassar; Mudassir; Mueen; Muhamad; Muhammad; Muhammadu; Muhammed; Muhannad; Muhsin | - | - | gender=m
given | Muhyiddin; Muizzu; Mujahid; Mujeeb; Mujeebullah; Mujibur; Mujtaba; Mukesh; Mukhtar; Mulayam; Munawar; Muneeb | - | - | gender=m
given | Muneer; Munib; Munim; Munir; Munther; Muqrin; Murad; Murat; Murhaf; Murli; Murray; Murtaza | - | - | gender=m
given | Musa; Musaddiq; Musadik; Musadiq; Mushahid; Mushfiqur; Mushtaq; Mustafa; Mustafizur; Mustansar; Mustanser; Mustehsan | - | - | gender=m
given | Mutasib; Mutasim; Muzaffar; Muzamil; Muzammil; Mykola; Myles | - | - | gender=m
given | Naaz; Nabeel; Nabi; Nabih; Nabil; Nadav; Nadeem; Nader; Nadir; Naeem; Naeemur; Nafasat | - | - | gender=m
given | Nafees; Naftali; Naguib; Nahid; Nahyan; Naim; Naimat; Najabat; Najam; Najeeb; Naji; Najib | - | - | gender=m
given | Najibullah; Najmuddin; Najy; Namal; Nana; Nangialai; Naoki; Naoto; Naqeeb; Naqib; Naqibullah; Narayan | - | - | gender=m
given | Narendra; Naresh; Naseeb; Naseer; Nasib; Nasim; Nasir; Nasiruddin; Nasrullah; Nasser; Nathan; Nauman | - | - | gender=m
given | Naveed; Naveen; Navid; Navjot; Nawaf; Nawaz; Nawazish; Nayef; Nayib; Nayyar; Nayyer; Nazar | - | - | gender=m
given | Nazeer; Nazir; Nazmul; Nechirvan; Necmettin; Neil; Nelson; Nematullah; Nenad; Niaz; Niazullah; Nicholas | - | - | gender=m
given | Nick; Nicolai; Nicolas; Nicolás; Nicusor; Nicușor; Nidal; Niels; Nigel; Nihat; Nikhil; Nikita | - | - | gender=m
given | Niklas; Nikol; Nikolai; Nikolaos; Nikolaus; Nikolay; Nikos; Nisaar; Nisar; Nishantha; Nitin; Nitish | - | - | gender=m
given | Nizam; Nizamuddin; Nizar; Nkosana; Nnamdi; Noah; Nobuo; Nodirbek; Noel; Noël; Noman; Nooruddin | - | - | gender=m
given | Noorul; Noorullah; Norbert; Noriyuki; Norman; Nouman; Nouri; Numan; Nurettin; Nuri; Nurlan; Nursultan | - | - | gender=m
given | Nuruddin; Nurul | - | - | gender=m
given | Obaid; Obaidul; Obaidullah; Obaidur; Ofer; Ofir; Ognyan; Ogtay; Oktay; Olaf; Oleg; Oleksandr | - | - | gender=m
given | Oleksiy; Oliver; Olivier; Olli; Olof; Olufemi; Olusegun; Oluwaseun; Omar; Omer; Ömer; Omid | - | - | gender=m
given | Omkar; Omran; Onur; Orhan; Orlando; Orya; Osama; Osamu; Osman; Otabek; Othman; Otto | - | - | gender=m
given | Oumar; Ousmane; Ove; Owais; Owen; Ozgur; Özgür | - | - | gender=m
given | Pablo; Pankaj; Paolo; Parkash; Parvaiz; Parvez; Parviz; Pascal; Patrice; Patricio; Patrick; Patrik | - | - | gender=m
given | Paul; Paulo; Pavel; Paweł; Pawel; Payam; Pedro; Pejman; Perry; Pervaiz; Pervaz; Pervez | - | - | gender=m
given | Pete; Peter; Péter; Petr; Petro; Philip; Philipp; Philippe; Phillip; Pierre; Piers; Pietro | - | - | gender=m
given | Piotr; Piyush; Prabowo; Pradeep; Prakash; Pralhad; Pranab; Prashant; Pratap; Prem; Prevaiz; Prithviraj | - | - | gender=m
given | Pukhtoonyar; Pyotr | - | - | gender=m
given | Qadeer; Qadir; Qaim; Qais; Qaisar; Qaiser; Qaiyum; Qamar; Qambar; Qasem; Qasim; Qassem | - | - | gender=m
given | Qassim; Qayum; Qayyum; Qudrat; Qudratullah; Quentin; Qusay; Qutab; Qutb; Qutbuddin | - | - | gender=m
given | Raashid; Rabnawaz; Rachin; Radosław; Radoslaw; Radovan; Raed; Rafał; Rafael; Rafal; Rafaqat; Rafat | - | - | gender=m
given | Rafi; Rafic; Rafik; Rafiq; Rafique; Rafiuddin; Rafiullah; Rafizi; Raghav; Raheel; Raheem; Rahim | - | - | gender=m
given | Rahimullah; Rahman; Rahmanullah; Rahmat; Rahmatullah; Rahul; Raila; Rainer; Raiz; Raj; Rajeev; Rajendra | - | - | gender=m
given | Rajesh; Rajiv; Rajkumar; Rajnath; Rakan; Rakesh; Rakhmon; Ralf; Ralph; Ram; Ramchandra; Ramesh | - | - | gender=m
given | Ramez; Rami; Ramil; Ramin; Ramiz; Ramnath; Ramon; Randall; Randhir; Randy; Ranil; Ranjit | - | - | gender=m
given | Ranveer; Raphael; Rashad; Rasheed; Rashid; Rasool; Rasul; Ratko; Rauf; Raul; Raúl; Ravindra | - | - | gender=m
given | Rawindra; Raymond; Raza; Razi; Razzak; Razzaq; Recep; Rehan; Rehman; Rehmat; Reinhard; Reinhold | - | - | gender=m
given | Renato; Rene; René; Reuben; Reuven; Revanth; Reza; Rezaul; Rhys; Riad; Riasat; Riaz | - | - | gender=m
given | Riazuddin; Ricardo; Riccardo; Richard; Rick; Ridha; Rishabh; Rishad; Rishi; Riyad; Rizwan; Rizwanullah | - | - | gender=m
given | Roald; Rob; Robert; Roberto; Rodney; Rodolphe; Rodrigo; Roger; Rohit; Roland; Rolando; Rolf | - | - | gender=m
given | Romano; Ron; Ronald; Ronen; Rory; Ross; Rostam; Rostislav; Rovshan; Roy; Rozi; Ruben | - | - | gender=m
given | Rubén; Rudolf; Rudolph; Rudy; Rufat; Ruhollah; Rui; Rumen; Rupert; Ruslan; Russell; Rustam | - | - | gender=m
given | Rustem; Rutger; Ryan; Ryosei; Ryota | - | - | gender=m
given | Saad; Saadat; Saadullah; Sabir; Sabitullah; Sachin; Sadaqat; Sadaruddin; Saddam; Saddaqat; Sadegh; Sadeq | - | - | gender=m
given | Sadiq; Sadruddin; Sadyr; Saeb; Saeed; Saeedullah; Saeid; Safaraz; Safdar; Safeer; Sagheer; Saghir | - | - | gender=m
given | Sahin; Şahin; Sahir; Saidmukhtar; Saidur; Saif; Saifullah; Saifur; Saim; Sajad; Sajawal; Sajid | - | - | gender=m
given | Sajith; Sajjad; Sajjadul; Sajjid; Sakhi; Salah; Salahuddin; Salam; Salar; Saleem; Saleh; Salem | - | - | gender=m
given | Salik; Salim; Salman; Saluddin; Salva; Salvador; Salvatore; Sam; Samad; Samandar; Sameer; Sameh | - | - | gender=m
given | Sami; Samir; Samiul; Samiullah; Samuel; Sanaullah; Sandeep; Sanjay; Sanjeev; Sanjiv; Santos; Saqib | - | - | gender=m
given | Saqlain; Saquib; Sardor; Sarfaraz; Sarfraz; Sarmad; Sarosh; Sarvan; Sarwan; Sarwar; Satish; Satoshi | - | - | gender=m
given | Sattar; Saud; Saul; Scott; Seamus; Sean; Sebastian; Sébastien; Seiji; Selcuk; Selçuk; Selim | - | - | gender=m
given | Semyon; Serdar; Sergei; Sergey; Sergio; Sergiy; Serhiy; Serzh; Seth; Seydou; Seymour; Shabbar | - | - | gender=m
given | Shabbir; Shadi; Shafi; Shafiq; Shafique; Shafiqul; Shafiqur; Shafiullah; Shafqat; Shafqatullah; Shah; Shahab | - | - | gender=m
given | Shahabuddin; Shahadat; Shahbaz; Shaheer; Shaheryar; Shahid; Shahidullah; Shahin; Shahjahan; Shahnawaz; Shahram; Shahrez | - | - | gender=m
given | Shahriar; Shahrukh; Shahryar; Shahwaiz; Shahzad; Shahzaib; Shahzeb; Shakeel; Shakhbout; Shakib; Shakil; Shakir | - | - | gender=m
given | Shakirullah; Shakoor; Shams; Shamshad; Shamsuddin; Shamsul; Shamsur; Shane; Shankar; Sharad; Sharafat; Sharfuddin | - | - | gender=m
given | Sharif; Sharjeel; Shashi; Shaukat; Shaul; Shaun; Shavez; Shavkat; Shawn; Shayan; Shehbaz; Sheheryar | - | - | gender=m
given | Shehram; Shehryar; Shehzad; Sher; Sheraz; Sherbaz; Shershah; Sherzod; Shibli; Shigeru; Shinjiro; Shinzo | - | - | gender=m
given | Shiraz; Shishir; Shiv; Shivraj; Shoaib; Shoukat; Shubman; Shuja; Shujaat; Shujat; Shujaur; Shuji | - | - | gender=m
given | Shukhrat; Shunichi; Shyam; Siamak; Sibghatullah; Siddaramaiah; Sidney; Siegfried; Sigmar; Sigurd; Sikandar; Sikander | - | - | gender=m
given | Silvio; Simon; Sinan; Siraj; Sirajuddin; Sirajul; Sirodjidin; Sirojiddin; Sohaib; Sohail; Somsak; Soner | - | - | gender=m
given | Sourav; Spencer; Srettha; Stanislav; Stanley; Stefan; Stefano; Stephan; Stephane; Stéphane; Stephen; Steve | - | - | gender=m
given | Steven; Stuart; Subhan; Subhramanyam; Subrahmanyam; Sudheer; Sudhir; Sufian; Sufyan; Sugiono; Suhail; Sukhbir | - | - | gender=m
given | Sukhrob; Sulaiman; Suleman; Suleyman; Süleyman; Sunil; Surendar; Surendra; Suresh; Sushant; Sushil; Susilo | - | - | gender=m
given | Sven; Sviatoslav; Svyatoslav; Syedaal; Sylvain | - | - | gender=m
given | Tadeusz; Taha; Taher; Tahir; Tahirul; Tahnoon; Tahnoun; Taimoor; Taimur; Taj; Tajul; Takahiro | - | - | gender=m
given | Takashi; Takeshi; Talal; Talant; Talebur; Talha; Tallal; Tamas; Tamás; Tamim; Tamoor; Taner | - | - | gender=m
given | Tanveer; Tanvir; Taqi; Taras; Tarek; Tariq; Tarique; Tarık; Taro; Tarun; Tasadduq; Tasawar | - | - | gender=m
given | Taseer; Taskin; Tassaduq; Tauqeer; Tauqir; Tauseef; Tawfik; Tawfiq; Tayyab; Tayyeb; Tayyib; Tayyip | - | - | gender=m
given | Ted; Tedros; Tejashwi; Teodoro; Teofil; Terence; Terry; Tetsuya; Thabo; Thaksin; Thamer; Thamir | - | - | gender=m
given | Tharman; Theo; Theodore; Thierry; Thomas; Thorsten; Tiago; Tigran; Tim; Timo; Timofey; Timothy | - | - | gender=m
given | Timur; Timurbek; Tobias; Toby; Todd; Tolga; Tom; Tomas; Tomás; Tomasz; Tomer; Tommy | - | - | gender=m
given | Tomohiro; Tony; Torek; Torsten; Toru; Toshimitsu; Touheed; Touhid; Touqeer; Towhidul; Traian; Travis | - | - | gender=m
given | Trevor; Troels; Troy; Tsuyoshi; Tufail; Tunc; Tuncay; Tural; Turgut; Turki; Tushar; Tyler | - | - | gender=m
given | Ubaid; Ubaidullah; Ubaidur; Uday; Uddhav; Ugur; Uğur; Uhuru; Ularbek; Ulf; Ulrich; Ulugbek | - | - | gender=m
given | Ulughbek; Umair; Umar; Umberto; Umer; Upendra; Usama; Usman; Uwe; Uzair | - | - | gender=m
given | Vaclav; Václav; Vadim; Vahagn; Vahid; Vaibhav; Valentin; Valeriy; Valery; Varun; Vasily; Vassily | - | - | gender=m
given | Vasudev; Vasyl; Vaughan; Vedant; Veer; Venkaiah; Venkatesh; Vernon; Vicente; Victor; Vijay; Vijender | - | - | gender=m
given | Vijitha; Vikas; Vikram; Vikramaditya; Viktor; Vinay; Vincent; Vincenzo; Vineet; Vinod; Virat; Virender | - | - | gender=m
given | Vishal; Vitali; Vitaliy; Vitaly; Vito; Vittorio; Vivek; Vladimir; Vladislav; Volkan; Volker; Volodymir | - | - | gender=m
given | Volodymyr; Vsevolod; Vugar; Vusal; Vyacheslav | - | - | gender=m
given | Władysław; Wael; Wafi; Waheed; Waheedullah; Wahid; Wahidullah; Wais; Wajahat; Wajeeh; Wajid; Waldemar | - | - | gender=m
given | Waleed; Wali; Walid; Waliuddin; Waliullah; Walter; Waqar; Waqaruddin; Waqas; Waqqas; Warren; Waseem | - | - | gender=m
given | Wasi; Wasif; Wasim; Wasiq; Wayne; Wazir; Wendell; Werner; Wesley; Wilbur; Wilhelm; William | - | - | gender=m
given | Willy; Wim; Winston; Wiqar; Witold; Wladyslaw; Wojciech; Wole; Wolfgang; Woodrow | - | - | gender=m
given | Xavier | - | - | gender=m
given | Yahya; Yair; Yamandú; Yannick; Yannis; Yaqoob; Yaqub; Yar; Yariv; Yaron; Yaroslav; Yasar | - | - | gender=m
given | Yaşar; Yaseen; Yaser; Yash; Yashar; Yashwant; Yasin; Yasir; Yasser; Yasuhiro; Yasutoshi; Yavuz | - | - | gender=m
given | Yazeed; Yazid; Yegor; Yemi; Yerlan; Yerzhan; Yevgeny; Yisrael; Yitzhak; Yoav; Yogendra; Yogesh | - | - | gender=m
given | Yoichi; Yosef; Yoshiaki; Yoshihide; Yoshihiko; Yoshimasa; Yoshinori; Yossi; Younas; Younis; Younus; Yousaf | - | - | gender=m
given | Yousef; Youssef; Yousuf; Yoweri; Yuji; Yuki; Yukio; Yunus; Yuri; Yury; Yusuf; Yutaka | - | - | gender=m
given | Yuval; Yves | - | - | gender=m
given | Zabi; Zabihullah; Zach; Zachary; Zafar; Zafarul; Zafarullah; Zafer; Zaheer; Zaher; Zahid; Zahidul | - | - | gender=m
given | Zahir; Zahiruddin; Zahirul; Zahoor; Zahoorul; Zaid; Zain; Zakaria; Zakariya; Zakaullah; Zakhar; Zakir | - | - | gender=m
given | Zalmai; Zalmay; Zaman; Zambry; Zameer; Zamir; Zarak; Zarar; Zarif; Zarshad; Zaur; Zayed | - | - | gender=m
given | Zbigniew; Zdenek; Ze'ev; Zeeshan; Zeid; Zia; Ziad; Ziauddin; Ziaul; Ziaullah; Ziaur; Zohaib | - | - | gender=m
given | Zohran; Zokir; Zoran; Zsolt; Zubair; Zubin; Zuhair; Zulfi; Zulfikar; Zulfiqar; Zulfqar; Zulqarnain | - | - | gender=m
given | Zulqernain; Zurab | - | - | gender=m

# Given names, women
given | Aafia; Aalia; Aasia; Abeer; Abigail; Ada; Adriana; Afia; Agnes; Agnieszka; Aida; Aileen | - | - | gender=f
given | Aisha; Aishwarya; Aissata; Aizhan; Akiko; Alana; Aleema; Alejandra; Aleksandra; Alessandra; Alexandra; Alia | - | - | gender=f
given | Alice; Alicia; Alina; Alison; Aliya; Alizeh; Alla; Allison; Amal; Amanda; Ambreen; Amelia | - | - | gender=f
given | Amina; Aminah; Aminata; Amira; Amna; Amy; Ana; Anastasia; Aneeqa; Angela; Angelina; Angelique | - | - | gender=f
given | Anila; Anita; Anjali; Ann; Anna; Annalena; Annapurna; Anne-Marie; Anne; Anneliese; Annette; Annie | - | - | gender=f
given | Antje; Antonia; Anum; Anupriya; Anusha; Anushka; Aparna; Areeba; Arooj; Arzu; Aseefa; Aseel | - | - | gender=f
given | Asel; Asha; Ashifa; Asifa; Asiya; Asma; Asmaa; Audrey; Ayesha; Ayeza; Aygun; Ayla | - | - | gender=f
given | Aylin; Aynur; Ayse; Ayşe; Aysha; Aytan; Azadeh; Azma; Azra | - | - | gender=f
given | Bakhtawar; Barbara; Basma; Beata; Beatrice; Becky; Beenish; Belinda; Benazir; Benish; Bernadette; Beth | - | - | gender=f
given | Bethany; Betty; Beverly; Bharti; Bidya; Bilquis; Bineta; Bisma; Bobbie; Bochra; Brenda; Bridget | - | - | gender=f
given | Brigitte; Brooke; Burcu; Bushra | - | - | gender=f
given | Caitlin; Callie; Camila; Camilla; Canan; Candace; Carla; Carmen; Carol; Caroline; Carolyn; Catherine | - | - | gender=f
given | Cathy; Cecilia; Celinda; Celine; Chaima; Chandrika; Charlotte; Chimamanda; Chloe; Christina; Christine; Chrystia | - | - | gender=f
given | Cindy; Claire; Clara; Claressa; Claudia; Colette; Condoleezza; Corazon; Cristina; Cynthia | - | - | gender=f
given | Dalia; Daniela; Danielle; Daria; Dariga; Darya; Debashree; Deborah; Debra; Deepika; Delcy; Denise | - | - | gender=f
given | Derya; Diana; Diane; Dilma; Dima; Dina; Dinara; Dipu; Divya; Dolores; Donna; Dora | - | - | gender=f
given | Doris; Dorit; Dorota; Dorothy; Dorsaf; Droupadi; Durga | - | - | gender=f
given | Ebba; Ebru; Edith; Ekaterina; Eleanor; Elena; Elham; Elif; Elisabeth; Élisabeth; Elise; Eliza | - | - | gender=f
given | Elizabeth; Ella; Ellen; Elly; Elsa; Emiko; Emily; Emine; Emma; Erica; Erika; Esra | - | - | gender=f
given | Esther; Eva; Evelyn; Evika; Ewa | - | - | gender=f
given | Fadwa; Fahmida; Faiqa; Faiza; Farah; Fareeda; Farhana; Farida; Farideh; Fariha; Farkhanda; Farrah | - | - | gender=f
given | Faryal; Farzana; Fatema; Fatemeh; Fatima; Fatma; Fatou; Fauzia; Fawzia; Federica; Fehmida; Fernanda | - | - | gender=f
given | Feruza; Fiona; Fiza; Fouzia; Fowzia; Francesca; Françoise; Freny | - | - | gender=f
given | Gabriela; Gabrielle; Galina; Geeta; Ghada; Ghadeer; Ghazal; Ghazala; Ghazaleh; Gina; Giorgia; Gisele | - | - | gender=f
given | Gita; Gizem; Gloria; Golnaz; Graca; Graça; Greta; Gretchen; Gulalai; Gulmina; Gulmira; Gulnara | - | - | gender=f
given | Gulnora; Gulsen; Gülşen; Gulzadi; Gunay; Gwen | - | - | gender=f
given | Habiba; Hafsa; Hafza; Haifa; Hajira; Hajra; Haleema; Halima; Halimah; Hanan; Hanna; Hannah | - | - | gender=f
given | Hanne; Harini; Harriet; Harsimrat; Hasina; Hatice; Haya; Heather; Heidi; Helen; Helena; Helga | - | - | gender=f
given | Hessa; Hiba; Hilary; Hillary; Hina; Hiroko; Huda; Huma; Humaira; Husna | - | - | gender=f
given | Imaan; Iman; Imelda; Indira; Ine; Ingrid; Ingrida; Iqra; Iram; Irene; Irina; Iryna | - | - | gender=f
given | Isabel; Isabella; Isabelle | - | - | gender=f
given | Jabeen; Jacinda; Jacqueline; Jacqui; Jalila; Jane; Janet; Janice; Javeria; Jawaher; Jaya; Jeanne | - | - | gender=f
given | Jemima; Jennifer; Jenny; Jess; Jessica; Jill; Joan; Joanna; Joanne; Jocelyn; Jolanta; Josefina | - | - | gender=f
given | Josephine; Joyce; Judith; Judy; Julia; Julie; Juliet; Junko; Justine | - | - | gender=f
given | Kaja; Kalsoom; Kamala; Kamla; Kandice; Kanwal; Kareena; Karen; Karin; Karina; Karine; Karoline | - | - | gender=f
given | Katarzyna; Kate; Katherine; Kathleen; Kathryn; Katie; Katrin; Katrina; Kavita; Kazuko; Keiko; Kemi | - | - | gender=f
given | Khadija; Khadijah; Khaleda; Khushi; Kinza; Kirsten; Kirti; Kishwar; Kristalina; Kristen; Kristi; Kristin | - | - | gender=f
given | Kristina; Krystyna; Ksenia; Kulsoom; Kumari; Kyoko | - | - | gender=f
given | Lael; Laiba; Laila; Lakshmi; Larisa; Lata; Latifa; Laura; Lauren; Layla; Lea; Leah | - | - | gender=f
given | Leila; Lena; Leni; Leyla; Leymah; Lina; Linda; Lindiwe; Lisa; Liz; Lois; Lola | - | - | gender=f
given | Lolwa; Lolwah; Lori; Lorraine; Louise; Lubna; Lucia; Lucy; Ludmila; Luisa; Lulwa; Lydia | - | - | gender=f
given | Lyubov; Lyudmila | - | - | gender=f
given | Madeleine; Madeline; Madhuri; Madiha; Magdalena; Maggie; Małgorzata; Maha; Maham; Maheen; Mahira; Mahjabeen | - | - | gender=f
given | Mahnaz; Mahnoor; Mahrang; Mahrukh; Mahsa; Mahua; Maia; Maimoona; Maira; Malala; Maleeha; Malgorzata | - | - | gender=f
given | Maliha; Mamata; Manahil; Manal; Manisha; Manon; Marcela; Margaret; Margarita; Margot; Maria; Mariam | - | - | gender=f
given | Mariana; Marianne; Marie; Mariko; Marilyn; Marina; Marise; Mariya; Marriyum; Marsha; Marta; Martha | - | - | gender=f
given | Marvi; Mary; Maryam; Marzieh; Masoumeh; Masuma; Mayawati; Meena; Meenakshi; Megan; Megawati; Mehbooba | - | - | gender=f
given | Mehek; Mehnaz; Mehreen; Mehri; Mehriban; Mehwish; Melania; Melanie; Mélanie; Melike; Melissa; Memoona | - | - | gender=f
given | Meral; Mercedes; Merve; Mette; Mia; Michaela; Michelle; Minni; Mizuho; Mokhira; Momina; Mona | - | - | gender=f
given | Monica; Monika; Moniza; Moza; Mozah; Muna; Munaza; Munazza; Muneeba; Muqaddas; Musarat; Musarrat | - | - | gender=f
given | Mushtari; Mussarat | - | - | gender=f
given | Nabila; Nadezhda; Nadia; Nadira; Naeema; Naela; Nafeesa; Nafisa; Nageen; Naghmana; Naheed; Naila | - | - | gender=f
given | Najeeba; Najla; Najma; Naledi; Nancy; Naoko; Narges; Nargis; Nargiz; Nasira; Nasreen; Nasrin | - | - | gender=f
given | Natalia; Natalie; Natalya; Natasha; Nausheen; Nawal; Nazia; Nazira; Nazish; Nebal; Neha; Netumbo | - | - | gender=f
given | Ngozi; Nicole; Nida; Nidhi; Nigar; Nighat; Nikhat; Nikki; Nilofar; Niloufar; Nilufar; Nilufer | - | - | gender=f
given | Nimra; Nina; Nirmala; Nkosazana; Nora; Noreen; Noriko; Nosheen; Nour; Noura; Nurcan | - | - | gender=f
given | Oksana; Olena; Olga; Olivia; Ozlem; Özlem | - | - | gender=f
given | Paetongtarn; Palwasha; Pam; Pamela; Paola; Parvaneh; Parvati; Parveen; Patricia; Paula; Pauline; Penelope | - | - | gender=f
given | Perveen; Petra; Philippa; Pilar; Polina; Pooja; Poonam; Pratibha; Preeti; Priti; Priyanka; Puja | - | - | gender=f
given | Quratul; Quratulain | - | - | gender=f
given | Rabia; Rachel; Rachida; Radha; Rafia; Raheela; Rahila; Ramatoulaye; Rani; Rania; Rasha; Rashida | - | - | gender=f
given | Ravina; Rawan; Razia; Rebecca; Reem; Reema; Regina; Rehana; Rekha; Renata; Renate; Renho | - | - | gender=f
given | Retno; Rida; Rima; Rimsha; Rina; Risa; Rita; Ritu; Rizwana; Roberta; Robina; Romina | - | - | gender=f
given | Rosa; Rosemary; Roshan; Roya; Rubina; Rukhsana; Ruqaiya; Ruqayya; Ruth | - | - | gender=f
given | Saadia; Saba; Sabeen; Sabiha; Sabina; Sabine; Sabira; Sadaf; Sadia; Safia; Saher; Sahle-Work | - | - | gender=f
given | Saida; Saima; Saiqa; Saira; Sajeda; Sajida; Sakina; Salima; Sally; Salma; Salome; Salwa | - | - | gender=f
given | Saman; Samantha; Samia; Samina; Samira; Sammi; Samra; Sana; Sanae; Sanam; Sandra; Sania | - | - | gender=f
given | Sanna; Sara; Sarah; Saskia; Saule; Seema; Seemab; Segolene; Ségolène; Sehar; Seiko; Selin | - | - | gender=f
given | Sepideh; Serena; Sevim; Sevinj; Shabana; Shafaq; Shagufta; Shahida; Shahina; Shahla; Shahnaz; Shaima | - | - | gender=f
given | Shaista; Shamila; Shamsa; Shandana; Shannon; Shanza; Shanzay; Sharmila; Sharon; Sharren; Shaza; Shazia | - | - | gender=f
given | Sheema; Shehla; Sheila; Sherry; Shezra; Shireen; Shirin; Shirley; Shobha; Shreya; Shumaila; Shweta | - | - | gender=f
given | Sibel; Sidra; Silvia; Simone; Sirimavo; Sita; Smriti; Sobia; Sofia; Sofiya; Soheila; Sonia | - | - | gender=f
given | Sophia; Sophie; Soraya; Stefania; Stephanie; Suad; Suella; Sughra; Suha; Sumaira; Sumaiya; Sumbal | - | - | gender=f
given | Sumera; Summaiya; Sunita; Supriya; Susan; Susannah; Sushila; Sushma; Suzanne; Svenja; Svetlana; Swati | - | - | gender=f
given | Sylvia | - | - | gender=f
given | Tabassum; Tahereh; Tahira; Tahmina; Tala; Tamara; Tammy; Tania; Tanja; Tansu; Tanya; Tanzeela | - | - | gender=f
given | Tanzila; Tatiana; Tatyana; Tayyaba; Tehmina; Teresa; Thandi; Theresa; Thobekile; Thuli; Tiffany; Tina | - | - | gender=f
given | Tomoko; Tomomi; Tracy; Tulsi | - | - | gender=f
given | Ulrike; Urooj; Ursula; Usha; Uzma | - | - | gender=f
given | Valentina; Valeria; Valerie; Vanessa; Vera; Veronica; Verónica; Veronika; Vidya; Viktoria; Viktória | - | - | gender=f
given | Wajiha; Wangari; Wendy; Widad; Winnie | - | - | gender=f
given | Ximena; Xiomara | - | - | gender=f
given | Yamile; Yara; Yasmeen; Yasmin; Yasmine; Yekaterina; Yelena; Yingluck; Yoko; Yolanda; Yoshiko; Yulia | - | - | gender=f
given | Yuliya; Yumiko; Yuriko; Yusra; Yvette; Yvonne | - | - | gender=f
given | Zahida; Zahra; Zainab; Zakia; Zakiya; Zara; Zareen; Zarina; Zarnosh; Zarqa; Zartaj; Zebunnisa | - | - | gender=f
given | Zeenat; Zeinab; Zeynep; Zoe; Zofia; Zoha; Zohra; Zoya; Zubaida; Zubeda; Zulaikha; Zulekha | - | - | gender=f
given | Zunaira; Zunera; Zuzana | - | - | gender=f

# Given names used for men and women
given | Alexis; Andrea; Anjum; Anmol; Ashley; Asmat; Aung | - | -
given | Bahar | - | -
given | Casey | - | -
given | Dana; Dominique | - | -
given | Farhat; Farrukh; Firdous | - | -
given | Gul | - | -
given | Harmeet | - | -
given | Ishrat; Ismat | - | -
given | Jaspreet; Jean; Jody; Jyoti | - | -
given | Kausar; Kelly; Kiran; Krishna | - | -
given | Lesley; Leslie; Lindsay; Lindsey | - | -
given | Mahtab; Manpreet; Mashal; Meher; Mehtab; Misbah; Mishal; Morgan; Mumtaz | - | -
given | Naseem; Nicola; Noor; Nusrat | - | -
given | Pushpa | - | -
given | Rahat; Riffat; Robin; Rukhsar | - | -
given | Samar; Sasha; Shamim; Simran; Sukhwinder | - | -
given | Talat; Tasneem; Taylor; Tehseen | - | -
given | Ulfat | - | -
given | Vivian | - | -
