# Heads of the names of standing bilateral and multilateral mechanisms:
# dialogues, joint commissions, working groups, committees, consultations.
# Format: docs/LEXICON.md; class is the mechanism's kind. Heads are written in
# lower case so they match in any case; the mechanisms stage decides from the
# text's capitals and context whether a mention names a mechanism.
mechanism | dialogue; strategic dialogue; dialogue mechanism; strategic partnership dialogue; security dialogue; defence dialogue; defense dialogue | - | dialogue
mechanism | joint commission; joint economic commission; joint ministerial commission; intergovernmental commission; inter-governmental commission; joint military commission; bilateral commission; ministerial commission; joint trade committee | - | commission
mechanism | joint working group; joint working groups; working group; jwg | - | working group
mechanism | joint committee; joint coordination committee; joint cooperation committee; jcc; joint consultative committee; joint steering committee; joint monitoring committee; joint security committee; joint border committee | - | committee
mechanism | political consultations; bilateral political consultations; bilateral consultations; foreign office consultations; consultations | - | consultations
mechanism | mechanism; secretary-level mechanism; additional secretary-level mechanism | - | mechanism
