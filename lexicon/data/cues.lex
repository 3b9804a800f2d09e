# Grammatical cues for the actor finder and the event coder.
# Format: docs/LEXICON.md. kind is always "cue"; class is the cue's role.
# Any cue is taken by actors for a word that is no part of a person's name.
# Roles of domain words (each described again at its entries below):
#   aerial     words of an attack from the air (air, drone, missiles); events
#   mishap     causes that make a death no one's act (floods, crash); events
#   refusable  what may be accepted or refused (offer, request, ultimatum); events, after "from"
#   threat     words of a consequence that make a warning a threat (face, respond, war); events
#   attack     nouns of an armed attack a nationality qualifies (attacks, shelling); events
#   kin        a suspect or a relative before a lone given name (brother, wife); actors
#   pair       plurals that stand for two parties after "the two", "both" (countries, foes); actors
#   subject    the subject of a standing dialogue (strategic, counter-terrorism); mechanisms
#   formed     words that a joint body is formed or set up (established, launch); mechanisms
#
# titlemod: words that may stand before a title's head ("Federal Minister",
# "Additional Foreign Secretary") and are kept in the title.
cue | federal; provincial; additional; deputy; acting; special; senior; assistant; caretaker | - | titlemod
cue | former; ex; vice; joint; principal; first; second; third; top; interim; executive | - | titlemod
cue | associate; co; permanent; resident; regional; national; state; new; newly; incoming | - | titlemod
cue | outgoing; retired; sitting; current; then; junior; chief; general; foreign; home | - | titlemod
cue | defence; defense; finance; interior; information; commerce; planning; railways; law; health; civil | - | titlemod

# orghead: the last word of a named body; sector= is the body's sector.
cue | Ministry; Division; Department; Directorate; Secretariat; Office; Bureau; Cell | - | orghead | sector=GOV
cue | Authority; Agency; Commission; Council; Committee; Board; Administration; Corporation | - | orghead | sector=GOV
cue | Police; Constabulary; Rangers; Levies | - | orghead | sector=COP
cue | Army; Navy; Air Force; Forces; Corps; Command; Regiment; Brigade; Division Headquarters | - | orghead | sector=MIL
cue | Court; Tribunal; Bench; Judiciary | - | orghead | sector=JUD
cue | Assembly; Senate; Parliament; Congress; Majlis; Duma | - | orghead | sector=LEG
cue | Party; League; Movement; Front; Tehreek | - | orghead | sector=PTY
cue | Bank; Company; Limited; Ltd; Group of Companies; Chamber of Commerce; Chamber; Exchange | - | orghead | sector=BUS
cue | University; Institute; College; School; Academy | - | orghead | sector=EDU
cue | Foundation; Association; Federation; Union; Society; Trust; Network; Alliance | - | orghead | sector=NGO
cue | Centre; Center; Organisation; Organization; Fund; Programme; Program | - | orghead | sector=GOV
cue | Hospital | - | orghead | sector=MED

# collective: references to a group of parties already named; count= how many.
cue | the two sides; both sides; the two countries; both countries; the two nations; both nations | - | collective | count=2
cue | the two governments; both governments; the two leaders; both leaders; the two ministers; both ministers | - | collective | count=2
cue | the two states; both states; the two neighbours; the two neighbors; both neighbours; the two parties; both parties | - | collective | count=2
cue | the delegations; both delegations; the two delegations; the two teams; both teams | - | collective | count=2
cue | the sides; the parties; the duo; the pair; the two; the two officials; both officials; the two chiefs | - | collective | count=2
cue | the three countries; the three sides; all three countries; the three nations | - | collective | count=3

# generic: actors named by role, whose country comes from an adjective before
# them ("Pakistani officials") or from the context; sector= the role's sector.
cue | officials; authorities; government; the government; administration; officers; the state | - | generic | sector=GOV
cue | security forces; security officials; troops; soldiers | - | generic | sector=MIL
cue | law enforcement agencies; law enforcers; LEAs | - | generic | sector=COP
cue | police; policemen; the police; police officials; police officers; cops; personnel | - | generic | sector=COP
cue | militants; terrorists; insurgents; gunmen; attackers; assailants; rebels; khawarij; fighters; militiamen; militia; militias | - | generic | sector=REB
cue | protesters; protestors; demonstrators; activists; workers; supporters; residents; villagers; civilians; people | - | generic | sector=CVL
cue | suspects; criminals; smugglers; traffickers; culprits | - | generic | sector=CRM
# also a verb ("Pakistan accused India of ..."): a person only after a determiner or a number
cue | accused | - | generic | sector=CRM; alsoverb=1
cue | delegation; a delegation; the delegation; diplomats; lawmakers; legislators; parliamentarians; senators | - | generic | sector=GOV
cue | judges; the court; court; the bench; courts | - | generic | sector=JUD
cue | tribal elders; elders; tribal leaders; jirga; the jirga | - | generic | sector=CVL
cue | leaders; the leadership; leadership; military leadership; ministers | - | generic | sector=GOV

# ---- cues for the event coder ----
# negation: the event did not happen
cue | not; n't; never; no; neither; nor; without; fail to; failed to; fails to; refuse to; refused to; cannot; unable to | - | negation
# future: the event is still to come (PLOVER codes it AGREE)
cue | will; shall; 'll; would; willing to; ready to; prepared to; is to; are to; was to; were to; going to; set to; scheduled to; slated to; due to; expected to; likely to; plans to; planned to; planning to; intends to; intended to; poised to; aims to; to be held; is scheduled; are scheduled; upcoming; forthcoming; next | - | future
# hypothetical: the event is only possible (not coded)
cue | if; unless; could; might; may; should; would be able to; in case; whether; can | - | hypothetical
# be: auxiliaries that make a participle passive
cue | is; are; was; were; be; been; being; got; get; gets | - | be
# have: the perfect
cue | has; have; had; having | - | have
# ongoing: the event is going on
cue | continue to; continues to; continued to; continuing to; are continuing; is continuing; ongoing; still | - | ongoing
# subordinate: words after which a new clause begins
cue | which; who; whom; whose; while; whereas; but; although; though; because; as; after; before; when; where; since; until; unless; if | - | boundary
# report: verbs that introduce reported speech; their subject is not the actor of what they report
cue | said; says; say; told; added; noted; stated; maintained; claimed; announced; reported; confirmed; disclosed; revealed; informed; stressed; emphasised; emphasized; highlighted; underlined; observed; remarked; asserted; explained | - | report

# aerial: words that tell of an attack from the air (ASSAULT 195 for a state's forces).
cue | air; airstrike; airstrikes; aircraft; jets; warplanes; helicopter; helicopters; gunships; drone; drones; missile; missiles | - | aerial

# mishap: causes that make a death nobody's deliberate act (no ASSAULT): nature and accidents.
cue | flood; floods; flooding; rain; rains; rainfall; downpour; downpours; monsoon; landslide; landslides | - | mishap
cue | earthquake; earthquakes; quake; lightning; cyclone; heatwave; avalanche; cloudburst; tsunami | - | mishap
cue | accident; accidents; crash; crashes; crashed; boulder; stampede; drowned; drowning; electrocuted; derailed; capsized | - | mishap

# refusable: what one party puts to another and the other may accept or refuse; a
# state after "from" and one of them made it ("an offer from Afghanistan"). events reads them.
cue | offer; offers; proposal; proposals; plan; invitation; request; requests; demand; demands | - | refusable
cue | initiative; ultimatum; appeal; bid; call; calls; overture; overtures | - | refusable

# threat: words of a consequence or a response that make a warning a threat ("or face
# the consequences", "a befitting response"). events reads them after "warn"; "action" stays
# in code, since actors takes any cue for a non-name and "Program Action Plan" would break.
cue | face; accountable; hit; targets; respond; response; crush; crushed; befitting; force; suspend; abeyance; war | - | threat

# attack: nouns of an armed attack that a nationality may qualify ("the continued Israeli
# attacks"): the nation is the attacker, the target of a condemnation (CAMEO 111). events reads them.
cue | attack; attacks; aggression; aggressions; strike; strikes; airstrikes; shelling; bombing; firing; offensive; occupation | - | attack

# kin: a suspect or a relative, whom a lone given name may follow ("his brother Ali").
# actors reads them. Not "son": actors takes any cue for a non-name ("Bui Thanh Son").
cue | suspect; brother; nephew; cousin; wife; husband; daughter; father; mother; sister; uncle | - | kin

# pair: nouns that, after "the two" or "both" and descriptive words, stand for two parties
# named before ("the two nuclear-armed neighbours", "both brotherly countries"). actors reads
# them. Each is one token ending in "s" (the finder looks ahead only at plurals); "arch-rivals"
# is three tokens, which the code reads itself.
cue | countries; nations; states; sides; governments; capitals; neighbours; neighbors | - | pair
cue | rivals; foes; adversaries; allies; enemies; archrivals | - | pair

# subject: the subject of a standing dialogue, written in lower case before it ("another
# counter-terrorism dialogue", "the strategic dialogue"). mechanisms reads them.
cue | counter-terrorism; counterterrorism; strategic; security; defence; defense; political | - | subject
cue | economic; trade; energy; maritime; border; consular; parliamentary | - | subject

# formed: words that tell that a joint body is formed, agreed or set up, which makes a
# lower-case "joint working group" a mechanism. mechanisms reads them in the six words
# before the body. (The forms are those the code matched before they were data:
# "created", "agreed", "constituted" are not among them.)
cue | form; formed; establish; established; constitute; set; create; launch; launched | - | formed
cue | formation; revive; activate; reactivate; agree | - | formed
