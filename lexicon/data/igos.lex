# igos.lex: international and intergovernmental bodies, their organs, agencies and courts.
#
#   igo | phrases | code | IGO
#
# code: UNO the United Nations, its principal organs, funds, programmes, specialised and
# related agencies (the IAEA included); EUR the European Union and its institutions; NTO
# NATO; IGO every other intergovernmental body. Following the project's coding brief the
# IMF, the World Bank group, the ICJ and the IOM are coded IGO, not UNO.
# Acronyms are written in capitals (they then match only in capitals); the mixed-case forms
# that Dawn prints (Unesco, Nato, Saarc) are written with a leading capital, which also
# matches the all-capital spelling.

# --- United Nations: the organisation and its principal organs ---------------------------
igo | United Nations; UN; U.N.; the United Nations; UNO; United Nations Organisation; United Nations Organization | UNO | IGO
igo | UN Security Council; U.N. Security Council; United Nations Security Council; UNSC; Security Council; UN Security Council Committee | UNO | IGO
igo | UN General Assembly; U.N. General Assembly; United Nations General Assembly; UNGA; General Assembly | UNO | IGO
igo | UN Secretariat; United Nations Secretariat; UN Headquarters; United Nations Headquarters | UNO | IGO
igo | Economic and Social Council; ECOSOC; UN Economic and Social Council | UNO | IGO
igo | UN Human Rights Council; United Nations Human Rights Council; Human Rights Council; UNHRC | UNO | IGO
igo | Office of the UN High Commissioner for Human Rights; Office of the United Nations High Commissioner for Human Rights; OHCHR; UN Human Rights Office; United Nations Human Rights Office; UN Human Rights | UNO | IGO
igo | UN Human Rights Committee; United Nations Human Rights Committee | UNO | IGO
igo | UN Office at Geneva; United Nations Office at Geneva; UNOG; UN Office in Geneva | UNO | IGO
igo | UN Office of Counter-Terrorism; UN Office of Counter Terrorism; UNOCT; UN Counter-Terrorism Committee; UN Counter Terrorism Committee; Counter-Terrorism Committee Executive Directorate; CTED | UNO | IGO
igo | UN Monitoring Team; UN Analytical Support and Sanctions Monitoring Team; 1267 Committee; UN 1267 Sanctions Committee | UNO | IGO
igo | UN Department of Peace Operations; Department of Peace Operations; UN Peacekeeping; United Nations Peacekeeping; UN peacekeepers; United Nations peacekeepers; UN peacekeeping forces | UNO | IGO
igo | Department of Political and Peacebuilding Affairs; DPPA | UNO | IGO
igo | UN Resident Coordinator's Office; UN Pakistan; United Nations Pakistan; UN country team; UN Country Team | UNO | IGO

# --- UN missions and peacekeeping operations ---------------------------------------------
igo | UN Assistance Mission in Afghanistan; United Nations Assistance Mission in Afghanistan; UNAMA; Unama | UNO | IGO
igo | UN Military Observer Group in India and Pakistan; United Nations Military Observer Group in India and Pakistan; UNMOGIP | UNO | IGO
igo | UN Interim Force in Lebanon; United Nations Interim Force in Lebanon; UNIFIL; Unifil | UNO | IGO
igo | UN Disengagement Observer Force; United Nations Disengagement Observer Force; UNDOF | UNO | IGO
igo | UN Truce Supervision Organisation; UN Truce Supervision Organization; United Nations Truce Supervision Organization; UNTSO | UNO | IGO
igo | UN Mission in South Sudan; UNMISS; MONUSCO; MINUSCA; UNFICYP; MINURSO | UNO | IGO

# --- UN funds, programmes and offices -----------------------------------------------------
igo | United Nations Children's Fund; UN Children's Fund; UNICEF; Unicef | UNO | IGO
igo | United Nations Development Programme; UN Development Programme; United Nations Development Program; UNDP | UNO | IGO
igo | World Food Programme; World Food Program; UN World Food Programme; WFP | UNO | IGO
igo | United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; UN Refugee Agency; UN refugee agency; UNHCR | UNO | IGO
igo | United Nations Population Fund; UN Population Fund; UNFPA | UNO | IGO
igo | UN Relief and Works Agency; United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees in the Near East; UN Relief and Works Agency for Palestine Refugees; UNRWA; Unrwa | UNO | IGO
igo | UN Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs; OCHA; UNOCHA; UN humanitarian office; UN humanitarian agency | UNO | IGO
igo | UN Office on Drugs and Crime; United Nations Office on Drugs and Crime; UNODC | UNO | IGO
igo | United Nations Environment Programme; UN Environment Programme; UNEP | UNO | IGO
igo | UN Women; United Nations Entity for Gender Equality and the Empowerment of Women | UNO | IGO
igo | UN-Habitat; UN Habitat; United Nations Human Settlements Programme | UNO | IGO
igo | UNAIDS; Joint United Nations Programme on HIV/AIDS | UNO | IGO
igo | United Nations Office for Project Services; UNOPS | UNO | IGO
igo | UN Office for Disaster Risk Reduction; UNDRR | UNO | IGO
igo | United Nations Conference on Trade and Development; UNCTAD | UNO | IGO
igo | UN Framework Convention on Climate Change; United Nations Framework Convention on Climate Change; UNFCCC | UNO | IGO
igo | Intergovernmental Panel on Climate Change; IPCC | UNO | IGO
igo | Economic and Social Commission for Asia and the Pacific; UN Economic and Social Commission for Asia and the Pacific; ESCAP; UNESCAP | UNO | IGO
igo | United Nations University; UNU; UNITAR; United Nations Institute for Training and Research | UNO | IGO
igo | United Nations Office for Outer Space Affairs; UNOOSA | UNO | IGO
igo | UN Office for Disarmament Affairs; UNODA; UN Institute for Disarmament Research; UNIDIR; Conference on Disarmament | UNO | IGO
igo | UN Special Rapporteur; UN special rapporteurs; UN Special Procedures | UNO | IGO

# --- UN specialised and related agencies ----------------------------------------------------
igo | United Nations Educational, Scientific and Cultural Organization; United Nations Educational, Scientific and Cultural Organisation; UNESCO; Unesco | UNO | IGO
igo | World Health Organization; World Health Organisation; WHO | UNO | IGO
igo | International Atomic Energy Agency; IAEA; UN nuclear watchdog; UN atomic watchdog | UNO | IGO
igo | International Labour Organization; International Labour Organisation; International Labor Organization; ILO | UNO | IGO
igo | Food and Agriculture Organization; Food and Agriculture Organisation; FAO | UNO | IGO
igo | International Fund for Agricultural Development; IFAD | UNO | IGO
igo | United Nations Industrial Development Organization; UN Industrial Development Organization; UNIDO | UNO | IGO
igo | International Civil Aviation Organization; International Civil Aviation Organisation; ICAO | UNO | IGO
igo | International Maritime Organization; International Maritime Organisation | UNO | IGO
igo | International Telecommunication Union; ITU | UNO | IGO
igo | Universal Postal Union; UPU | UNO | IGO
igo | World Meteorological Organization; World Meteorological Organisation; WMO | UNO | IGO
igo | World Intellectual Property Organization; World Intellectual Property Organisation; WIPO | UNO | IGO
igo | UN Tourism; World Tourism Organization; UNWTO | UNO | IGO
igo | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; OPCW | UNO | IGO
igo | Comprehensive Nuclear-Test-Ban Treaty Organization; CTBTO | UNO | IGO

# --- International courts and tribunals -----------------------------------------------------
igo | International Court of Justice; ICJ; World Court | IGO | IGO
igo | International Criminal Court; ICC | IGO | IGO
igo | Permanent Court of Arbitration; PCA; Court of Arbitration | IGO | IGO
igo | International Tribunal for the Law of the Sea; ITLOS | IGO | IGO
igo | International Residual Mechanism for Criminal Tribunals; International Criminal Tribunal for the former Yugoslavia; ICTY | IGO | IGO
igo | European Court of Human Rights; Council of Europe | IGO | IGO
igo | International Organization for Mediation; International Organisation for Mediation; IOMed | IGO | IGO

# --- Finance and development institutions ---------------------------------------------------
igo | International Monetary Fund; IMF; the Fund's Executive Board; IMF Executive Board | IGO | IGO
igo | World Bank; World Bank Group; International Bank for Reconstruction and Development; IBRD; International Development Association | IGO | IGO
igo | International Finance Corporation; IFC; Multilateral Investment Guarantee Agency; MIGA | IGO | IGO
igo | Asian Development Bank; ADB | IGO | IGO
igo | Asian Infrastructure Investment Bank; AIIB | IGO | IGO
igo | Islamic Development Bank; IsDB; Islamic Development Bank Group; International Islamic Trade Finance Corporation; ITFC | IGO | IGO
igo | New Development Bank; NDB; BRICS Bank | IGO | IGO
igo | OPEC Fund for International Development; OPEC Fund | IGO | IGO
igo | Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; OPEC; Opec; OPEC+ | IGO | IGO
igo | Bank for International Settlements | IGO | IGO
igo | European Bank for Reconstruction and Development; EBRD | IGO | IGO
igo | African Development Bank; AfDB; Inter-American Development Bank; IDB | IGO | IGO
igo | Central Asia Regional Economic Cooperation; CAREC; CAREC Program | IGO | IGO
igo | Financial Action Task Force; FATF; Asia/Pacific Group on Money Laundering; Asia Pacific Group on Money Laundering | IGO | IGO
igo | World Trade Organization; World Trade Organisation; WTO | IGO | IGO
igo | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development; OECD | IGO | IGO
igo | International Energy Agency; IEA; International Renewable Energy Agency; IRENA | IGO | IGO
igo | Global Fund; GAVI; Gavi, the Vaccine Alliance | IGO | IGO

# --- Regional and other intergovernmental organisations ------------------------------------
igo | Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO; SCO Secretariat; SCO Council of Foreign Ministers; SCO Council of Heads of State; SCO Council of Heads of Government | IGO | IGO
igo | SCO Regional Anti-Terrorist Structure; Regional Anti-Terrorist Structure; RATS; SCO RATS | IGO | IGO
igo | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC; Organisation of the Islamic Conference; Organization of the Islamic Conference; OIC Secretariat; OIC General Secretariat | IGO | IGO
igo | OIC Council of Foreign Ministers; OIC-CFM; Council of Foreign Ministers; CFM | IGO | IGO
igo | OIC Contact Group on Jammu and Kashmir; OIC Contact Group; OIC Independent Permanent Human Rights Commission; IPHRC | IGO | IGO
igo | COMSTECH; OIC Ministerial Standing Committee on Scientific and Technological Cooperation; OIC-COMSTECH; Comstech | IGO | IGO
igo | Economic Cooperation Organization; Economic Cooperation Organisation; ECO; ECO Secretariat | IGO | IGO
igo | South Asian Association for Regional Cooperation; SAARC; Saarc | IGO | IGO
igo | Association of Southeast Asian Nations; Association of South East Asian Nations; ASEAN; Asean | IGO | IGO
igo | ASEAN Regional Forum; ARF | IGO | IGO
igo | Gulf Cooperation Council; GCC; Cooperation Council for the Arab States of the Gulf | IGO | IGO
igo | Arab League; League of Arab States; Arab League Secretariat | IGO | IGO
igo | African Union; African Union Commission; Organization of African Unity; OAU | IGO | IGO
igo | Economic Community of West African States; ECOWAS; Southern African Development Community; SADC; East African Community; Intergovernmental Authority on Development; IGAD | IGO | IGO
igo | Organization of American States; OAS | IGO | IGO
igo | Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe; OSCE | IGO | IGO
igo | Collective Security Treaty Organization; Collective Security Treaty Organisation; CSTO | IGO | IGO
igo | Commonwealth of Independent States; CIS | IGO | IGO
igo | Eurasian Economic Union; EAEU; Eurasian Economic Commission | IGO | IGO
igo | Organization of Turkic States; Organisation of Turkic States; OTS | IGO | IGO
igo | Conference on Interaction and Confidence-Building Measures in Asia; Conference on Interaction and Confidence Building Measures in Asia; CICA | IGO | IGO
igo | Asia Cooperation Dialogue; ACD | IGO | IGO
igo | Developing-8; D-8; D8; D-8 Organization for Economic Cooperation; Developing Eight | IGO | IGO
igo | BRICS; Brics; BRICS+ | IGO | IGO
igo | G20; G-20; Group of 20; Group of Twenty | IGO | IGO
igo | G7; G-7; Group of Seven; G8; G-8; Group of Eight | IGO | IGO
igo | Group of 77; G77; G-77; G-77 and China | IGO | IGO
igo | Non-Aligned Movement; Non Aligned Movement; NAM | IGO | IGO
igo | Commonwealth; Commonwealth of Nations; Commonwealth Secretariat | IGO | IGO
igo | Asia-Pacific Economic Cooperation; Asia Pacific Economic Cooperation; APEC | IGO | IGO
igo | Mercosur; MERCOSUR; Andean Community | IGO | IGO
igo | Pacific Islands Forum | IGO | IGO
igo | Indian Ocean Rim Association; IORA; Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation; BIMSTEC | IGO | IGO
igo | Quadrilateral Security Dialogue; Quad | IGO | IGO
igo | International Organization for Migration; International Organisation for Migration; IOM | IGO | IGO
igo | International Criminal Police Organization; International Criminal Police Organisation; Interpol; INTERPOL | IGO | IGO
igo | European Organization for Nuclear Research; European Organisation for Nuclear Research; CERN | IGO | IGO
igo | International Centre for Integrated Mountain Development; ICIMOD | IGO | IGO
igo | Inter-Parliamentary Union; Inter Parliamentary Union; IPU | IGO | IGO
igo | Asian Parliamentary Assembly; APA; Parliamentary Union of the OIC Member States; PUIC | IGO | IGO
igo | Colombo Plan; Colombo Plan Secretariat | IGO | IGO
igo | International Solar Alliance | IGO | IGO
igo | Islamic Military Counter Terrorism Coalition; IMCTC; Islamic Military Coalition to Counter Terrorism | IGO | IGO
igo | Multinational Force and Observers; MFO | IGO | IGO

# --- European Union ---------------------------------------------------------------------
igo | European Union; EU; E.U.; the European Union; European Community; European Communities | EUR | IGO
# "European" as a nationality ("its European partners") is the Union's, as PLOVER codes it
demonym | European; Europeans | EUR
igo | European Commission; EU Commission; Commission of the European Union | EUR | IGO
igo | European Parliament; EU Parliament | EUR | IGO
igo | European Council; EU Council; Council of the European Union; Council of the EU | EUR | IGO
igo | European External Action Service; EEAS; EU Delegation; EU Delegation to Pakistan; Delegation of the European Union | EUR | IGO
igo | European Central Bank; ECB | EUR | IGO
igo | European Investment Bank; EIB | EUR | IGO
igo | Court of Justice of the European Union; European Court of Justice; CJEU | EUR | IGO
igo | European Aviation Safety Agency; European Union Aviation Safety Agency; EASA | EUR | IGO
igo | Europol; Frontex; Eurojust | EUR | IGO
igo | European Medicines Agency; EMA | EUR | IGO

# --- NATO ---------------------------------------------------------------------------------
igo | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; NATO; Nato; North Atlantic Council; NATO Secretariat | NTO | IGO
igo | Supreme Headquarters Allied Powers Europe; SHAPE; Resolute Support Mission; International Security Assistance Force; ISAF | NTO | IGO
