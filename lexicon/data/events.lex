# Event triggers: the words and phrases that report a happening, with the
# CAMEO code and PLOVER type they code to. Format: docs/LEXICON.md.
#
#   event | phrases | CAMEO | PLOVER | attributes
#
# Attributes (docs/RULES.md explains how the coder uses them):
#   pos=verb|noun  required; verbs also match their inflected forms
#   intent=CODE    the AGREE code when the happening is promised or planned
#                  (PLOVER: future CONSULT/COOPERATE/AID... are AGREE)
#   role=demand    "must" reported by someone else ("X said Y must"): the
#                  speaker demands it of the subject
#   role=intent    a verb of promising whose "to ..." complement is the
#                  promised thing ("agreed to hold", "pledged to increase")
#   joint=1        a joint happening: coordinated subjects, or "between X and
#                  Y", make one symmetric event per pair
#   place=1        a place after the trigger stands for its country (visits)
#   req=target     code only when a target is found
#   direct=1       the target is the direct object ("received the minister", not
#                  "received a request from X")
#   req=party      code only with two parties: a target, or a joint subject
#   needs=a,b      code only when one of these words follows within 8 words
#   prev=a,b       code only when one of these words comes just before
#   mode=          the PLOVER mode
#   notafter=a,b   not coded right after one of these words ("remains committed")
#   intrans=1      only without a direct object ("demonstrated" alone, not "demonstrated solidarity")
#   future=only    coded only when planned or promised
#   tense=future   the phrase itself says the happening is to come ("is expected in")
#   comp=1         a promise verb coded only with what it promises ("decided to")
#   near=1         the target must follow within three words ("called on X", not
#                  "called on Tuesday for")
#   next=actor     an actor's name must follow at once, perhaps after "the"
#                  ("proceeded to Istanbul", not "proceeded to seize")
# A noun spelt as a verb's base form ("visit") is an entry of its own. The singular nouns
# attack, ambush, arrest, protest, rally, march, riot, demand and probe are left out: they
# cost precision on pk-news-2025 (over 1,000 more events, pk_dev precision down 2 points).

# ---- AGREE: promises, offers, agreements to cooperate (CAMEO 03) ----
event | agree; agree to; agree on; agree upon; reach consensus; reach an understanding | 030 | AGREE | pos=verb; role=intent; joint=1
event | pledge; vow; promise; assure | 030 | AGREE | pos=verb; role=intent
event | undertake; resolve; decide; determine | 030 | AGREE | pos=verb; role=intent; comp=1
event | commit | 030 | AGREE | pos=verb; role=intent; comp=1; notafter=remain,remains,remained,is,are,was,were,be,been,fully,firmly,deeply,strongly
event | offer | 030 | AGREE | pos=verb; role=intent; req=target
event | express willingness; express readiness; express the desire; express desire; express interest; show interest | 030 | AGREE | pos=verb; role=intent
event | reaffirm; reiterate; renew; reassert; express; affirm | 032 | AGREE | pos=verb; role=intent; req=foreign; needs=commitment,resolve,pledge,determination,continuation,willingness,desire,readiness,resolve
event | invite | 036 | AGREE | pos=verb; req=target
event | accept the invitation; accept an invitation; accept invitation | 036 | AGREE | pos=verb
event | confirm attendance; confirm his attendance; confirm participation; confirm his participation | 036 | AGREE | pos=verb
event | agree to mediation; accept mediation | 038 | AGREE | pos=verb
event | come to terms; reach an agreement; reach agreement; reach a deal; strike a deal; clinch a deal | 037 | AGREE | pos=verb; joint=1
event | renewed resolve; resolve to | 030 | AGREE | pos=noun; role=intent; prev=a,renewed,firm

# ---- CONSULT: meetings, visits, talks, calls (CAMEO 04) ----
event | meet; meet with; hold a meeting; hold meeting; hold meetings; hold a meeting with | 040 | CONSULT | pos=verb; intent=036; joint=1; req=party
event | meeting; meetings; one-on-one meeting; bilateral meeting; sideline meeting | 040 | CONSULT | pos=noun; intent=036; joint=1
event | discuss; exchange views; exchange views on; confer; consult | 040 | CONSULT | pos=verb; intent=036; joint=1; req=party
event | discussions; discussion; consultations; deliberations; interaction | 040 | CONSULT | pos=noun; intent=036; joint=1
event | hold talks; hold discussions; hold consultations; hold negotiations; hold bilateral talks; hold delegation-level talks | 046 | CONSULT | pos=verb; intent=036; joint=1
event | hold | 046 | CONSULT | pos=verb; intent=036; joint=1; needs=talks,dialogue,negotiations,consultations,session,round,summit,discussions,meeting,meetings,workshop,conference,seminar,forum,moot,jirga,huddle
event | gather; convene; assemble; huddle | 040 | CONSULT | pos=verb; intent=036; joint=1
event | talks; negotiations; dialogue; round of talks; parleys | 046 | CONSULT | pos=noun; intent=036; joint=1
event | negotiate | 046 | CONSULT | pos=verb; intent=036; joint=1
event | co-chair; co-chaired | 046 | CONSULT | pos=verb; intent=036; joint=1
event | visit; pay a visit; pay a visit to; travel to; arrive in; arrive at; arrive; land in | 042 | CONSULT | pos=verb; intent=036; place=1; req=target; mode=visit
event | proceed to | 042 | CONSULT | pos=verb; intent=036; place=1; req=target; next=actor; mode=visit
event | be expected in; be expected at; be due in; be due to arrive in; be expected to arrive in | 042 | CONSULT | pos=verb; intent=036; place=1; req=target; tense=future; mode=visit
event | official visit; state visit; trip; tour | 042 | CONSULT | pos=noun; intent=036; place=1; mode=visit
event | visit | 042 | CONSULT | pos=noun; intent=036; place=1; req=target; mode=visit
event | call on; called on | 042 | CONSULT | pos=verb; intent=036; req=target; near=1; mode=visit
event | host; receive; welcome to | 043 | CONSULT | pos=verb; intent=036; req=target; direct=1
event | telephone; phone; ring up; speak by phone; speak on the phone; speak over the phone; speak on telephone | 041 | CONSULT | pos=verb; intent=036; req=target; mode=phone
event | call | 041 | CONSULT | pos=verb; intent=036; req=target; near=1; needs=phone,telephone,telephonic,counterpart; mode=phone
event | speak with; speak to; talk to; talk with | 040 | CONSULT | pos=verb; intent=036; req=target; joint=1
event | telephonic conversation; telephone conversation; phone call; telephone call; phone conversation; telephonic contact | 041 | CONSULT | pos=noun; intent=036; joint=1; mode=phone
event | mediate; broker | 045 | CONSULT | pos=verb; intent=039; mode=third-party
event | mediation; mediation effort; mediation mission | 045 | CONSULT | pos=noun; intent=039; mode=third-party
event | summit | 043 | CONSULT | pos=noun; intent=036; joint=1; mode=multilateral; prev=the,a,bilateral,trilateral
event | workshop; conference; seminar; session; forum; moot; round | 040 | CONSULT | pos=noun; intent=036; joint=1; mode=multilateral; future=only

# ---- SUPPORT: praise, endorsement, signing (CAMEO 05) ----
event | praise; appreciate; commend; laud; hail; applaud; congratulate; felicitate; pay tribute to; pay tributes to | 051 | SUPPORT | pos=verb; req=target
event | welcome | 051 | SUPPORT | pos=verb; req=target
event | convey gratitude; convey thanks; convey appreciation; extend gratitude; express gratitude; express his gratitude; express appreciation; express his appreciation; express their appreciation; express satisfaction; express thanks; thank | 051 | SUPPORT | pos=verb; req=target
event | endorse; back; support; extend support; reiterate support; reaffirm support; express support; express solidarity | 051 | SUPPORT | pos=verb; req=target
event | defend | 052 | SUPPORT | pos=verb; req=target
event | establish; upgrade; restore; normalise; normalize; resume | 054 | SUPPORT | pos=verb; needs=ties,relations
event | recognise; recognize | 054 | SUPPORT | pos=verb; req=target; needs=state,statehood,government,independence,sovereignty
event | apologise; apologize | 055 | SUPPORT | pos=verb
event | forgive | 056 | SUPPORT | pos=verb
event | sign; ink; seal | 057 | SUPPORT | pos=verb; intent=0311; joint=1; needs=agreement,agreements,mou,mous,memorandum,memoranda,deal,deals,accord,accords,treaty,treaties,pact,protocol,declaration,contract,contracts,charter,convention
event | ratify | 057 | SUPPORT | pos=verb; intent=0311

# ---- COOPERATE: material cooperation (CAMEO 06) ----
event | extradite; repatriate | 063 | COOPERATE | pos=verb; intent=0313; req=target; mode=judicial
event | hand over; turn over | 063 | COOPERATE | pos=verb; intent=0313; req=target; needs=suspect,suspects,accused,prisoner,prisoners,fugitive,fugitives,him,her,them,militant,militants,terrorist,terrorists,nationals,convicts; mode=judicial
event | extradition | 063 | COOPERATE | pos=noun; intent=0313
event | share intelligence; exchange intelligence; share information | 064 | COOPERATE | pos=verb; intent=0314; joint=1
event | intelligence sharing; intelligence-sharing | 064 | COOPERATE | pos=noun; intent=0314; joint=1
event | joint exercise; joint exercises; joint military exercise; joint military exercises; joint drills; war games; joint naval exercise; joint patrol; joint patrols | 062 | COOPERATE | pos=noun; intent=0312; joint=1
event | cooperate; collaborate; work together; join hands; partner | 060 | COOPERATE | pos=verb; intent=030; joint=1
event | enhance cooperation; increase cooperation; strengthen cooperation; deepen cooperation; expand cooperation; boost cooperation; enhance collaboration; strengthen ties; deepen ties; strengthen relations; enhance ties | 060 | COOPERATE | pos=verb; intent=030; joint=1; future=only

# ---- AID (CAMEO 07) ----
event | contribute | 074 | AID | pos=verb; intent=033; needs=troops,soldiers,peacekeepers,forces,funds,million,billion
event | donate; provide aid; provide assistance; provide humanitarian aid; provide relief; deliver aid; send aid; dispatch relief | 073 | AID | pos=verb; intent=033; req=target
event | grant asylum; give asylum; grant political asylum | 075 | AID | pos=verb; intent=033; req=target
event | grant; give; offer | 075 | AID | pos=verb; intent=033; needs=asylum,refuge
event | hand over; deliver; ship; airlift; send | 073 | AID | pos=verb; intent=033; req=target; needs=aid,medicine,medicines,supplies,relief,food,tents,vaccines,assistance,tonnes,tons,kg
event | provide; give; extend; grant; supply | 070 | AID | pos=verb; intent=033; req=target; needs=intelligence,weapons,arms,training,photographs,aid,assistance,grant,grants,loan,loans,funds,funding,relief,donation,medicine,medicines,supplies,equipment,vaccines,food,package,million,billion

# ---- CONCEDE (CAMEO 08, verbal) ----
event | ease; lift; relax; cancel; rescind; remove; waive | 081 | CONCEDE | pos=verb; needs=restrictions,restriction,ban,curbs,sanctions,measures,emergency,visa,controls
event | allow; permit | 080 | CONCEDE | pos=verb; intent=034; req=target
event | accept | 030 | AGREE | pos=verb; needs=proposal,plan,offer,formula,deal,agreement,invitation,terms,ceasefire,truce,mediation,settlement,peace
event | accept demands; accept the demands; accept demand; concede; accede to | 083 | CONCEDE | pos=verb
event | pardon; commute; grant clemency | 0841 | CONCEDE | pos=verb
event | ceasefire; truce; cease-fire | 0871 | CONCEDE | pos=noun; needs=agreement,agreed,declared,announced,reached,holds,holding,permanent,providing
event | call off; called off | 080 | CONCEDE | pos=verb; needs=strike,protest,march,sit-in,movement

# ---- RETREAT (CAMEO 08, material) ----
event | release; free; set free | 0841 | RETREAT | pos=verb; needs=prisoners,prisoner,detainees,captives,hostages,fishermen,men,persons,people,him,her,them,nationals,activists,workers; mode=release
event | withdraw; pull out; pull back | 087 | RETREAT | pos=verb; needs=troops,forces,force,soldiers,personnel,peacekeepers,contingent,inspectors,observers,monitors,staff,diplomats,mission; mode=withdraw
event | withdrawal; pullout; pull-out; pullback | 087 | RETREAT | pos=noun; needs=troops,forces,soldiers,army,military,personnel,peacekeepers,contingent; mode=withdraw
event | pay compensation; compensate | 0842 | RETREAT | pos=verb; mode=return
event | resign; step down; quit | 0831 | RETREAT | pos=verb; mode=resign
event | surrender; lay down arms; lay down their arms | 0874 | RETREAT | pos=verb; mode=disarm
event | lift curfew; lift the curfew | 0813 | RETREAT | pos=verb
event | receive; accept; allow; admit | 086 | RETREAT | pos=verb; needs=observers,inspectors,monitors,peacekeepers,mission,monitoring; mode=access
event | return; hand back; give back | 0842 | RETREAT | pos=verb; intent=034; needs=weapons,equipment,property,land,territory,bodies,assets,prisoners,helicopter,aircraft; mode=return
event | evacuate; vacate; dismantle | 087 | RETREAT | pos=verb; intent=034; needs=settlements,posts,positions,bases,camps,checkpoints,territory; mode=withdraw
event | reopen; open | 0862 | RETREAT | pos=verb; needs=border,crossing,crossings,airspace,borders,trade; mode=access

# ---- REQUEST (CAMEO 02, 10) ----
event | urge; call upon; implore; exhort; press | 020 | REQUEST | pos=verb; req=target
event | call for; call on | 020 | REQUEST | pos=verb; needs=to
event | call | 020 | REQUEST | pos=verb; needs=for
event | demand; insist | 100 | REQUEST | pos=verb
event | must | 100 | REQUEST | pos=verb; role=demand
event | ask; request; seek; appeal | 020 | REQUEST | pos=verb; req=target
event | demands | 100 | REQUEST | pos=noun; prev=the,a,their,his,its

# ---- ACCUSE: disapproval, allegations, investigations (CAMEO 09, 11) ----
event | condemn; denounce; deplore; criticise; criticize; censure; slam; decry | 111 | ACCUSE | pos=verb
event | condemnation | 111 | ACCUSE | pos=noun; prev=strong,strongly,the,its,a
event | accuse; allege; blame; hold responsible | 112 | ACCUSE | pos=verb; req=target
event | charge; indict; book | 112 | ACCUSE | pos=verb; needs=with,under,for,in
event | sue; file a case; file a petition; file a reference; register a case | 115 | ACCUSE | pos=verb
event | investigate; probe; look into | 090 | ACCUSE | pos=verb; mode=investigate
event | investigation; inquiry; enquiry | 090 | ACCUSE | pos=noun; prev=an,the,a,launched,ordered; mode=investigate
event | lodge a protest; lodge a strong protest; register a protest; summon | 111 | ACCUSE | pos=verb; req=target

# ---- REJECT (CAMEO 12) ----
event | reject; refuse; turn down; rebuff; rule out; decline; spurn; oppose | 120 | REJECT | pos=verb
event | dismiss | 120 | REJECT | pos=verb; req=target; needs=proposal,offer,demand,demands,calls,call,plan,allegations,claims,reports,request
event | fail to reach agreement; fail to reach an agreement; fail to agree; fail to reach a deal | 125 | REJECT | pos=verb; joint=1
event | be opposed to | 125 | REJECT | pos=verb
event | veto | 129 | REJECT | pos=verb

# ---- THREATEN (CAMEO 13) ----
event | threaten | 130 | THREATEN | pos=verb; role=threat
event | warn | 130 | THREATEN | pos=verb; needs=that,of,against
event | swear to fight; vow to fight; vow revenge; vow to avenge; vow retaliation | 138 | THREATEN | pos=verb
event | threat; threats; ultimatum | 130 | THREATEN | pos=noun; prev=issued,a,the,its,their; needs=of,to

# ---- PROTEST (CAMEO 14) ----
event | protest; demonstrate; rally; march | 141 | PROTEST | pos=verb; mode=demo; intrans=1
event | protests; demonstration; demonstrations; rallies; sit-in; long march; protest movement | 141 | PROTEST | pos=noun; prev=a,the,held,staged,hold,stage,nationwide,countrywide,launched,launch,protest,mass; mode=demo
event | take to the streets; stage a protest; stage a sit-in; hold a protest; hold protests; hold rallies; hold a rally | 141 | PROTEST | pos=verb; mode=demo
event | go on strike; stop work; walk out | 143 | PROTEST | pos=verb; mode=strike
event | strike; hunger strike; general strike; walkout; shutter-down strike; wheel-jam strike | 143 | PROTEST | pos=noun; prev=on,a,the,general,open-ended,hunger,nationwide,day-long; mode=strike
event | riot | 145 | PROTEST | pos=verb; mode=riot
event | block | 144 | PROTEST | pos=verb; needs=road,roads,street,streets,bridge,highway,railway,traffic,motorway,intersection,track; mode=obstruct
event | converge; march on; march to; stage a sit-in; hold a sit-in; hold a demonstration | 141 | PROTEST | pos=verb; mode=demo
event | riots | 145 | PROTEST | pos=noun; mode=riot
event | boycott | 143 | PROTEST | pos=verb; mode=boycott
event | block roads; block the road; block the highway | 144 | PROTEST | pos=verb; mode=obstruct

# ---- SANCTION (CAMEO 16; convictions) ----
event | impose sanctions; slap sanctions; sanction | 163 | SANCTION | pos=verb; req=target
event | sanctions | 163 | SANCTION | pos=noun; prev=imposed,impose,new,fresh,economic
event | halt; end; stop; suspend | 165 | SANCTION | pos=verb; needs=mediation
event | suspend; downgrade; sever; cut off; cut | 161 | SANCTION | pos=verb; needs=ties,relations,talks,trade,cooperation,aid,contacts,dialogue,links,flights,services
event | suspension | 161 | SANCTION | pos=noun; needs=ties,relations,talks,trade,cooperation,aid,links,flights,services
event | cancel; call off; scrap | 161 | SANCTION | pos=verb; needs=visit,trip,tour,talks,meeting,summit
event | reduce; cut; halt; prohibit; stop; suspend | 162 | SANCTION | pos=verb; needs=aid,supplies,assistance,funding,funds,loans
event | force out; throw out; order out; ship out | 166 | SANCTION | pos=verb; mode=expel
event | deny entry; bar entry; refuse entry; deny visas | 166 | SANCTION | pos=verb; mode=expel
event | expel | 166 | SANCTION | pos=verb; needs=diplomat,diplomats,envoy,ambassador,attache,staff,officials; mode=expel
event | convict; sentence; award death sentence; hand down | 160 | SANCTION | pos=verb; mode=convict
event | declare persona non grata | 166 | SANCTION | pos=verb; mode=expel

# ---- MOBILIZE (CAMEO 15) ----
event | deploy; mobilise; mobilize; dispatch troops; send troops | 154 | MOBILIZE | pos=verb; needs=troops,forces,soldiers,army,personnel,contingents,police,rangers,fc,warships; mode=troops
event | operation; military operation; security operation; crackdown; offensive | 154 | MOBILIZE | pos=noun; prev=launched,launch,fresh,new,an,a,military,major; needs=against
event | put on high alert; place on high alert; heighten security; tighten security; remain on alert; remain on high alert; put on alert; place on alert; go on alert | 152 | MOBILIZE | pos=verb
event | order patrols; step up patrols; increase patrols; mobilize reservists; mobilise reservists; call up reservists | 151 | MOBILIZE | pos=verb

# ---- COERCE (CAMEO 17) ----
event | arrest; detain; apprehend; nab; take into custody; round up; capture; pick up | 173 | COERCE | pos=verb; mode=arrest
event | arrests; detention; custody | 173 | COERCE | pos=noun; prev=the,his,her,their,after,and,made,making; mode=arrest
event | deport; expel; push back | 174 | COERCE | pos=verb; mode=deport
event | deportation; deportations; expulsion | 174 | COERCE | pos=noun; mode=deport
event | impose curfew; impose a curfew; clamp curfew | 1711 | COERCE | pos=verb; mode=curfew
event | raid; conduct raids; conduct a raid | 170 | COERCE | pos=verb; mode=seize
event | ban; outlaw; proscribe; block; suspend internet; shut down | 172 | COERCE | pos=verb; needs=party,organisation,organization,group,outfit,rallies,gatherings,internet,services,sites,website,websites,x,platform; mode=restrict
event | seize; confiscate; impound; recover | 1711 | COERCE | pos=verb; mode=seize; needs=weapons,arms,explosives,drugs,narcotics,heroin,hashish,property,assets,goods,vehicles,ammunition
event | demolish; bulldoze; raze; blow up | 1712 | COERCE | pos=verb; mode=destroy
event | prevent; break up; disperse; foil | 1711 | COERCE | pos=verb; needs=demonstration,protest,rally,march,protesters,demonstrators,gathering,sit-in
event | blockade; blockades; siege | 191 | COERCE | pos=noun; prev=a,the,reimposed,imposed,strict,naval,impose,reimpose,lifted; mode=restrict
event | reimpose; impose | 191 | COERCE | pos=verb; needs=blockade,blockades,siege; mode=restrict
event | hack; deface | 176 | COERCE | pos=verb; mode=cyber
event | imprison; jail; remand; send to jail | 173 | COERCE | pos=verb; mode=arrest

# ---- ASSAULT (CAMEO 18-20) ----
event | attack; ambush; storm; target | 180 | ASSAULT | pos=verb
event | attacks; terror attack; terrorist attack; suicide attack; suicide bombing; bombing; blast; explosion | 180 | ASSAULT | pos=noun; prev=a,an,the,terror,terrorist,suicide,deadly,multiple,several,latest,recent,two,three,militant,after,in,fresh,of,cross-border,retaliatory,missile,drone,rocket,coordinated
event | kill; martyr; gun down; shoot dead; assassinate; behead; lynch | 1823 | ASSAULT | pos=verb
event | shoot down; down | 190 | ASSAULT | pos=verb; needs=jets,jet,aircraft,plane,planes,drone,drones,helicopter,missile,missiles; mode=heavy-weapons
event | abduct; kidnap | 181 | ASSAULT | pos=verb; mode=abduct
event | torture | 1822 | ASSAULT | pos=verb; mode=torture
event | bomb; shell | 195 | ASSAULT | pos=verb; mode=aerial
event | airstrike; airstrikes; air strike; air strikes; drone strike; drone strikes; shelling; bombardment | 195 | ASSAULT | pos=noun; mode=aerial
event | clash; exchange fire; open fire; fire at; fire on | 190 | ASSAULT | pos=verb; joint=1; mode=firearms
event | fight; wage | 190 | ASSAULT | pos=verb; joint=1; needs=war,conflict,battle,battles,clashes,wars; mode=firearms
event | clashes; firefight; gunfight; exchange of fire; fighting; skirmish; skirmishes | 190 | ASSAULT | pos=noun; joint=1; mode=firearms
event | aggression | 190 | ASSAULT | pos=noun; prev=indian,israeli,military,unprovoked,blatant
