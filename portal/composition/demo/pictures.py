"""The alt text of each picture drawn for a demo post, lab or film.

The pictures are drawn by assets/make_assets.py, one for each post, lab and
film; a page body that shows one again describes it in the same words.
"""

from .text import Tr

BODEN_WORKSHOP = Tr(
    "Illustration: två personer sätter upp gula, rosa, gröna och blå lappar på en "
    "stor tavla under en workshop. På bordet framför ligger papper, pennor och "
    "kaffekoppar, och genom fönstret syns en mörk vinterkväll.",
    "Illustration: two people put up yellow, pink, green and blue notes on a large "
    "board during a workshop. On the table in front lie papers, pens and coffee "
    "cups, and through the window a dark winter evening.",
)

BODEN_MEETING_PLACE = Tr(
    "Illustration: en ljus mötesplats med en informationsdisk där en medarbetare "
    "hälsar på en besökare. Till vänster en anslagstavla och ett ställ med "
    "broschyrer, till höger en öppen dörr och en kvinna och ett barn vid en rad "
    "stolar.",
    "Illustration: a bright meeting place with an information desk where a member "
    "of staff greets a visitor. On the left a notice board and a brochure stand, "
    "on the right an open door and a woman and a child by a row of chairs.",
)

BODEN_LANGUAGE_CAFE = Tr(
    "Illustration: människor sitter parvis vid runda kafébord med kaffe, "
    "bullar och små ordkort och samtalar. Genom de stora fönstren syns "
    "kvällshimlen.",
    "Illustration: people sit in pairs at round café tables with coffee, buns "
    "and small word cards, talking. The evening sky shows through the large "
    "windows.",
)

BODEN_HOUSE = Tr(
    "Illustration: ett rött tvåvåningshus med upplysta fönster och skylten BIS "
    "över entrén en vinterdag. Människor går genom snön mot dörren, och över "
    "granarna lyser norrsken.",
    "Illustration: a red two-storey house with lit windows and the sign BIS "
    "above the entrance on a winter's day. People walk through the snow "
    "towards the door, and northern lights shine above the spruces.",
)

BODEN_NETWORK = Tr(
    "Illustration: ett hus i mitten med linjer ut till ett femtiotal färgade "
    "prickar, som BIS och dess samarbetspartner.",
    "Illustration: a house in the middle with lines out to some fifty coloured "
    "dots, like BIS and its partners.",
)

NORRKOPING_INTERVIEW = Tr(
    "Illustration: en filmkamera på stativ och en lampa riktade mot en kvinna i "
    "huvudduk som sitter på en stol och berättar. I bakgrunden står en bokhylla och "
    "ett bord med bullar och kaffe.",
    "Illustration: a film camera on a tripod and a lamp aimed at a woman in a "
    "headscarf who sits on a chair telling her story. Behind her are a bookcase "
    "and a table with buns and coffee.",
)

NORRKOPING_FLIP_CHART = Tr(
    "Illustration: en kvinna pekar på ett blädderblock med ett plustecken och "
    "ett minustecken över två spalter med anteckningar. Fyra personer sitter "
    "på stolar framför och lyssnar.",
    "Illustration: a woman points at a flip chart with a plus sign and a "
    "minus sign above two columns of notes. Four people sit on chairs in "
    "front of it, listening.",
)

NORRKOPING_CONFERENCE = Tr(
    "Illustration: en talare står vid en talarstol på en scen. På den stora "
    "skärmen bakom syns två cirklar som överlappar varandra, och publiken "
    "sitter i rader framför scenen.",
    "Illustration: a speaker stands at a lectern on a stage. The large screen "
    "behind shows two overlapping circles, and the audience sits in rows in "
    "front of the stage.",
)

NORRKOPING_CYCLING = Tr(
    "Illustration: tre kvinnor med cykelhjälm cyklar mellan orange koner på en "
    "parkering framför flerbostadshus, och en instruktör vinkar. Det är en "
    "solig sommardag.",
    "Illustration: three women in cycle helmets ride between orange cones in "
    "a car park in front of blocks of flats, and an instructor waves. It is "
    "a sunny summer's day.",
)

NORRKOPING_PORTALEN = Tr(
    "Illustration: en låg mötesplats med en rund valvport mellan "
    "flerbostadshus. Två kvinnor går längs gången mot entrén, förbi buskar "
    "och blommor.",
    "Illustration: a low meeting place with a round arched door between "
    "blocks of flats. Two women walk along the path towards the entrance, "
    "past bushes and flowers.",
)

NORRKOPING_LUNCH = Tr(
    "Illustration: kvinnor sitter runt ett långt dukat bord med kaffe, "
    "bullar och bröd under avslutningslunchen. I de mörka fönstren hänger "
    "adventsstjärnor och över bordet hänger vimplar.",
    "Illustration: women sit around a long laid table with coffee, buns "
    "and bread at the closing lunch. Advent stars hang in the dark "
    "windows and bunting above the table.",
)

NORRKOPING_FILM_KIT = Tr(
    "Illustration: en filmklappa, hörlurar, en mikrofon och en kaffekopp på "
    "ett bord, redo för inspelning.",
    "Illustration: a clapperboard, headphones, a microphone and a cup of "
    "coffee on a table, ready for filming.",
)

SODERTALJE_YOUTH_CENTRE = Tr(
    "Illustration: på fritidsgården spelar två ungdomar pingis framför en färgglad "
    "väggmålning, medan tre personer sitter i en lila soffa och pratar.",
    "Illustration: at the youth centre two young people play table tennis in front "
    "of a colourful mural, while three people sit on a purple sofa and talk.",
)

SODERTALJE_SUMMER_JOBS = Tr(
    "Illustration: två ungdomar i gula västar arbetar på en gård mellan höghus. Den "
    "ena målar en parkbänk grön, den andra vattnar blommor i en planteringslåda.",
    "Illustration: two young people in yellow vests work in a courtyard between "
    "tower blocks. One paints a park bench green, the other waters flowers in a "
    "planter.",
)

SODERTALJE_PLAYGROUND = Tr(
    "Illustration: barn gungar och leker vid rutschkanan och sandlådan på "
    "gården framför höghusen, och en ung ledare i keps vinkar.",
    "Illustration: children swing and play by the slide and the sandpit in "
    "the courtyard in front of the tower blocks, and a young leader in a cap "
    "waves.",
)

SODERTALJE_EVENING = Tr(
    "Illustration: en sommarkväll i solnedgång. Fyra ungdomar står framför den "
    "upplysta fritidsgården med en fotboll, och höghusen syns i bakgrunden.",
    "Illustration: a summer evening at sunset. Four young people stand in "
    "front of the lit youth centre with a football, and the tower blocks "
    "show in the background.",
)
