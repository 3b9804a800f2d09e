# Irregular English verbs the event triggers use. Format: docs/LEXICON.md.
# kind "verb": phrase = base form; past= and participle= (comma-separated
# variants), third= and gerund= only where the regular rule fails.
verb | meet | - | - | past=met
verb | hold | - | - | past=held
verb | sign | - | - | past=signed
verb | give | - | - | past=gave; participle=given
verb | take | - | - | past=took; participle=taken
verb | make | - | - | past=made
verb | send | - | - | past=sent
verb | seek | - | - | past=sought
verb | shoot | - | - | past=shot
verb | fight | - | - | past=fought
verb | lead | - | - | past=led
verb | speak | - | - | past=spoke; participle=spoken
verb | tell | - | - | past=told
verb | come | - | - | past=came; participle=come
verb | go | - | - | past=went; participle=gone; third=goes
verb | leave | - | - | past=left
verb | strike | - | - | past=struck
verb | withdraw | - | - | past=withdrew; participle=withdrawn
verb | forgive | - | - | past=forgave; participle=forgiven
verb | beat | - | - | past=beat; participle=beaten
verb | steal | - | - | past=stole; participle=stolen
verb | bring | - | - | past=brought
verb | buy | - | - | past=bought
verb | sell | - | - | past=sold
verb | set | - | - | past=set; gerund=setting
verb | put | - | - | past=put; gerund=putting
verb | cut | - | - | past=cut; gerund=cutting
verb | hit | - | - | past=hit; gerund=hitting
verb | quit | - | - | past=quit; gerund=quitting
verb | shut | - | - | past=shut; gerund=shutting
verb | ban | - | - | past=banned; gerund=banning
verb | plan | - | - | past=planned; gerund=planning
verb | stop | - | - | past=stopped; gerund=stopping
verb | ink | - | - | past=inked; gerund=inking
verb | rob | - | - | past=robbed; gerund=robbing
verb | nab | - | - | past=nabbed; gerund=nabbing
verb | slam | - | - | past=slammed; gerund=slamming
verb | grab | - | - | past=grabbed; gerund=grabbing
verb | commit | - | - | past=committed; gerund=committing
verb | regret | - | - | past=regretted; gerund=regretting
verb | submit | - | - | past=submitted; gerund=submitting
verb | admit | - | - | past=admitted; gerund=admitting
verb | permit | - | - | past=permitted; gerund=permitting
verb | transfer | - | - | past=transferred; gerund=transferring
verb | refer | - | - | past=referred; gerund=referring
verb | confer | - | - | past=conferred; gerund=conferring
verb | prefer | - | - | past=preferred; gerund=preferring
verb | defer | - | - | past=deferred; gerund=deferring
verb | deter | - | - | past=deterred; gerund=deterring
verb | expel | - | - | past=expelled; gerund=expelling
verb | compel | - | - | past=compelled; gerund=compelling
verb | repel | - | - | past=repelled; gerund=repelling
verb | control | - | - | past=controlled; gerund=controlling
verb | patrol | - | - | past=patrolled; gerund=patrolling
verb | rebel | - | - | past=rebelled; gerund=rebelling
verb | abet | - | - | past=abetted; gerund=abetting
verb | co-chair | - | - | past=co-chaired; gerund=co-chairing
verb | pay | - | - | past=paid
verb | lay | - | - | past=laid
verb | say | - | - | past=said
verb | win | - | - | past=won; gerund=winning
verb | begin | - | - | past=began; participle=begun; gerund=beginning
verb | freeze | - | - | past=froze; participle=frozen
verb | undertake | - | - | past=undertook; participle=undertaken
verb | overtake | - | - | past=overtook; participle=overtaken
verb | sentence | - | - | past=sentenced
verb | arise | - | - | past=arose; participle=arisen
verb | break | - | - | past=broke; participle=broken
verb | keep | - | - | past=kept
verb | flee | - | - | past=fled
verb | blow | - | - | past=blew; participle=blown
verb | throw | - | - | past=threw; participle=thrown
verb | hand | - | - | past=handed
verb | spend | - | - | past=spent
verb | lend | - | - | past=lent
verb | build | - | - | past=built
verb | find | - | - | past=found
verb | hear | - | - | past=heard
verb | draw | - | - | past=drew; participle=drawn
verb | bind | - | - | past=bound
verb | slay | - | - | past=slew,slayed; participle=slain
verb | stand | - | - | past=stood
verb | understand | - | - | past=understood
verb | rise | - | - | past=rose; participle=risen
verb | run | - | - | past=ran; participle=run; gerund=running
verb | see | - | - | past=saw; participle=seen
verb | do | - | - | past=did; participle=done; third=does
verb | be | - | - | past=was,were; participle=been; third=is,are; gerund=being
# two-syllable verbs that double their last consonant (the regular rule only doubles one syllable)
verb | cancel | - | - | past=cancelled,canceled; gerund=cancelling,canceling
verb | travel | - | - | past=travelled,traveled; gerund=travelling,traveling
verb | kidnap | - | - | past=kidnapped,kidnaped; gerund=kidnapping,kidnaping
verb | scrap | - | - | past=scrapped; gerund=scrapping
verb | swear | - | - | past=swore; participle=sworn
