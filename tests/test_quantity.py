"""How numbers are read: one table of sentences and the quantities expected in them.

These are unit checks of the grammar the seed articles and the example corpus use; the
measured, split evaluation set of the full grammar is a separate issue.
"""

from __future__ import annotations

import math

import pytest

from crosscheck.parse import find_quantities
from crosscheck.quantity import (
    agrees_per_unit_unsaid,
    in_one_measure,
    make_quantity,
    rounding_margin,
)

INF = None

# sentence, value as written, low, high, unit, role
OIL_BARREL = 158.987294928  # litres
READ = [
    ("Currently, there are some 5,500 US soldiers deployed in Poland.",
     "some 5,500", 5300, 5700, "troops", "total"),
    ("Poland seeks more U.S. forces, where there are currently more than 10,000 American troops.",
     "more than 10,000", 10000, INF, "troops", "total"),
    ("At least 331 civilians have been killed in Ukraine since the start of the war.",
     "At least 331", 331, INF, "civilians", "total"),
    ("More than 1.3 million people have fled Ukraine to neighboring countries.",
     "More than 1.3 million", 1.3e6, INF, "people", "total"),
    ("The US declared the transfer of 8,000-8,500 soldiers for all of Eastern Europe.",
     "8,000-8,500", 8000, 8500, "troops", "total"),
    ("The US will send an additional 2,500 troops to Poland next week.",
     "2,500", 2450, 2550, "troops", "change"),
    ("Officials said 2,500 more soldiers would arrive in Poland soon.",
     "2,500", 2450, 2550, "troops", "change"),
    ("The administration has requested $2.75 billion in humanitarian assistance from Congress.",
     "$2.75 billion", 2.745e9, 2.755e9, "USD", "total"),
    ("Rzeszow is about 80 kilometers (50 miles) from the Ukraine border, officials said.",
     "about 80 kilometers (50 miles)", 72, 88, "km", "total"),
    ("Between 8,000 and 8,500 troops were placed on alert by the Pentagon.",
     "Between 8,000 and 8,500", 8000, 8500, "troops", "total"),
    ("Unemployment in the region rose to 7.5% in the spring, the office said.",
     "7.5%", 7.45, 7.55, "%", "total"),
    ("He said the two plans in development would be ready within weeks.",
     "two", 2, 2, "plans", "total"),
    ("The US has more than doubled its personnel in Poland since Jan. 30, he said.",
     "more than doubled", 2, INF, "×", "multiplier"),
    ("Nearly 700 aid trucks crossed the border last week, the agency said.",
     "Nearly 700", 630, 700, "trucks", "total"),
    # ... and "just over" a little past it, no floor alone
    ("The airport served just over 32 million travellers last year.", "just over 32 million",
     32e6, 35.2e6, "travellers", "total"),
    ("Britain recorded a temperature of 40.3C for the first time.",
     "40.3C", 40.25, 40.35, "°C", "total"),
    # degrees without their scale: a temperature where the sentence tells of one (Celsius,
    # save from FAHRENHEIT_FROM up), or signs one; else counted in degrees (an angle)
    ("The Alpine lake hit 24 degrees at the weekend.", "24 degrees", 23.5, 24.5, "°C", "total"),
    ("Temperatures fell to minus 8 degrees.", "minus 8 degrees", -8.5, -7.5, "°C", "total"),
    ("Phoenix hit 118 degrees on Sunday.", "118 degrees", (117.5 - 32) * 5 / 9,
     (118.5 - 32) * 5 / 9, "°C", "total"),
    ("It leans at an angle of about 4 degrees.", "about 4", 3.5, 4.5, "degrees",
     "total"),
    # "up to" after a verb of moving a figure is its particle, not a ceiling
    ("The ONS revised net migration for 2022 up to 745,000.",
     "745,000", 744500, 745500, "", "total"),
    ("The ONS revised net migration for the year to June 2023 up to 740,000.",
     "740,000", 735000, 745000, "", "total"),
    # a price per unit is a rate, never the deal's total
    ("Musk will pay $54.20 a share in cash.", "$54.20", 54.195, 54.205, "USD/share", "rate"),
    ("Shareholders will receive $54.20 for each Twitter share.",
     "$54.20", 54.195, 54.205, "USD/share", "rate"),
    # a number word past one modifier; "the number of dead" counts deaths, not an age
    ("Six construction workers are presumed dead.", "Six", 6, 6, "workers", "total"),
    ("Officials put the number of dead at 202.", "202", 202, 202, "deaths", "total"),
    ("The earthquake killed at least nine people.", "at least nine", 9, INF, "people", "total"),
    # points: a fraction of one, and basis points (hundredths of a percentage point)
    ("The Federal Reserve cut interest rates by half a percentage point.",
     "half a percentage point", 0.5, 0.5, "percentage points", "change"),
    ("The Fed's 50 basis point cut was its first since 2020.",
     "50 basis point", 0.495, 0.505, "percentage points", "change"),
    ("Rates were raised by 25bp.", "25bp", 0.245, 0.255, "percentage points", "change"),
    # a fraction of a point is a percentage point's, not a share of what was cut
    ("Norway's central bank trimmed borrowing costs by a quarter point.", "a quarter point",
     0.25, 0.25, "percentage points", "change"),
    ("The Fed cut rates by half a point.", "half a point", 0.5, 0.5, "percentage points",
     "change"),
    ("Sales fell by about a quarter.", "about a quarter", 22.5, 27.5, "%", "change"),
    ("The FTSE 100 fell 50 points.", "50 points", 49.5, 50.5, "points", "change"),
    ("The bank made a quarter-point cut.", "a quarter-point", 0.25, 0.25, "percentage points",
     "change"),
    # ... and a fraction of one percent; "pc" as the British press writes it
    ("The Baltic state's GDP shrank by half a percent.", "half a percent", 0.5, 0.5, "%",
     "change"),
    ("Unemployment stood at 6.4pc in January-March.", "6.4pc", 6.35, 6.45, "%", "total"),
    # a range of percentages written with both signs
    ("The new target range is 4.75% to 5%.", "4.75% to 5%", 4.75, 5.0, "%", "total"),
    # "daily" before the noun the figure belongs to makes a rate, unless it names a routine
    ("The canal authority cut daily transits to 25 vessels.",
     "25", 25, 25, "ships/day", "rate"),
    ("About 3,000 daily arrivals were recorded.",
     "About 3,000", 2700, 3300, "people/day", "rate"),
    ("The daily briefing said 300 people died.", "300", 295, 305, "people", "total"),
    ("Daily entries to the ancient citadel above Athens are now limited to 20,000.",
     "20,000", 19500, 20500, "day", "rate"),  # past a long phrase of where
    # "down" after a market's close is a change, as after a form of "to be"
    ("The stock closed down almost 17 percent.", "almost 17 percent", 15.3, 17, "%", "change"),
    # the plural a verb of level or change follows counts what the figure counts
    ("Monthly active platform consumers reached 171 million.",
     "171 million", 170.5e6, 171.5e6, "consumers", "total"),
    ("Netflix subscribers rose to 260 million.", "260 million", 255e6, 265e6,
     "subscribers", "total"),
    # a speed written as one word is the rate "miles per hour" is; power and energy units
    ("Melissa made landfall with winds of 185 mph.", "185 mph", 184.5 * 1.609344,
     185.5 * 1.609344, "km/hour", "rate"),
    ("Winds reached 300 km/h on Monday.", "300 km/h", 295, 305, "km/hour", "rate"),
    # ... and a change of a speed is a change still
    ("Its winds rose by 85 mph in about 24 hours.", "85 mph", 84.5 * 1.609344,
     85.5 * 1.609344, "km/hour", "change"),
    ("The drugmaker cut the monthly cash price of Wegovy to $349.", "$349", 349, 349,
     "USD/month", "rate"),
    # a currency named with its country's adjective
    ("The collider would cost about 15 billion Swiss francs.", "about 15 billion Swiss francs",
     13.5e9, 16.5e9, "CHF", "total"),
    # a day's income per person is per day
    ("The line is an income of $3 per person per day.", "$3", 3, 3, "USD/day", "rate"),
    # a share of a group of people recurs never: "every week" is their habit
    ("About 75% of people in Denmark ride a bike every week.", "About 75%", 73, 77, "%",
     "total"),
    # per head, per capita and per person are one unit
    ("Czechs drank about 128 litres of beer a head.", "about 128 litres", 126, 130,
     "l/person", "rate"),
    # a count per so many people is a rate of their number, however they are called
    ("Latvia had 4.9 homicides per 100,000 people.", "4.9", 4.85, 4.95,
     "homicides/100,000 people", "rate"),
    ("The murder rate stood at about 4.9 per 100,000 inhabitants.", "about 4.9", 4.7, 5.1,
     "homicides/100,000 people", "rate"),
    # a length of time a sentence tells as its fact, in hours, to the minute where minutes
    # are given ("in two weeks" says when: no figure)
    ("The fastest Eurostar journey from London to Paris takes 2 hours 16 minutes.",
     "2 hours 16 minutes", 135.5 / 60, 136.5 / 60, "h", "total"),
    ("London drivers lost an average of 101 hours to congestion in 2024.", "101 hours",
     100.5, 101.5, "h", "total"),
    ("The average wait for specialist care was about nine weeks last year.",
     "about nine weeks", 8.1 * 168, 9.9 * 168, "h", "total"),
    # ... and a journey cut to so long, before or after the cut
    ("The Fehmarnbelt link will cut the train journey between Hamburg and Copenhagen to "
     "about 2.5 hours.", "about 2.5 hours", 2.3, 2.7, "h", "total"),
    ("Journey times will be shortened to 90 minutes.", "90 minutes", 89.5 / 60, 90.5 / 60,
     "h", "total"),
    ("The Channel crossing by ship lasts about an hour and a half.",
     "about an hour and a half", 1.35, 1.65, "h", "total"),
    # ... and half of one, a way crossed in it
    ("Le Shuttle trains cross beneath the sea in just over half an hour.",
     "just over half an hour", 0.5, 0.55, "h", "total"),
    # a weight joined to its figure before a noun, said in pounds; the hour the fish took
    # to land is how long, not a rate per hour
    ("The 286-pound fish was landed on Monday.", "286-pound", 129.5006, 129.9542, "kg",
     "total"),
    # ... and seconds, and what a dish bakes for, and a length said at most
    ("A true Neapolitan pizza bakes for just 60 to 90 seconds.", "60 to 90 seconds",
     60 / 3600, 90 / 3600, "h", "total"),
    ("The pies spend no more than a minute and a half in the wood-fired oven.",
     "no more than a minute and a half", 0.0, 1.5 / 60, "h", "total"),
    # ... and a half said before the unit, and what a train links two cities in
    ("The trip takes two and a half hours by high-speed rail.",
     "two and a half hours", 2.5, 2.5, "h", "total"),
    ("The non-stop service lasts some 17 and a half hours.",  # ... after digits too
     "some 17 and a half hours", 15.75, 19.25, "h", "total"),
    ("The fastest trains link Madrid and Barcelona in 2 hours 30 minutes.",
     "2 hours 30 minutes", 149.5 / 60, 150.5 / 60, "h", "total"),
    # ... and a race's record or winning time, or a runner's own
    ("The record is 19.19 seconds.", "19.19 seconds", 19.185 / 3600, 19.195 / 3600,
     "h", "total"),
    ("Usain Bolt's 9.58 seconds has stood since 2009.", "9.58 seconds", 9.575 / 3600,
     9.585 / 3600, "h", "total"),
    # a hyphenated fraction of a scale word is a number, as a spaced one is
    ("Some three-quarters of a million people work in the factories.",
     "Some three-quarters of a million", 675_000, 825_000, "people", "total"),
    # a sport's crowns are its titles, whatever kind of title they are; money's notes are
    # its banknotes
    ("The Serb holds a record 24 major singles crowns.", "24", 24, 24, "titles", "total"),
    ("Some 554,000 fake euro notes were taken out of circulation last year.", "Some 554,000",
     552_000, 556_000, "banknotes", "total"),
    # a parking ticket is a fine
    ("Some 1.2m parking tickets were handed out in the Dutch capital.", "Some 1.2m", 1.08e6,
     1.32e6, "fines", "total"),
    # an LP is a vinyl album
    ("British fans bought some 6.7m LPs last year.", "some 6.7m", 6.5e6, 6.9e6, "albums",
     "total"),
    # an army's warriors are its troops, and "number" after a plural subject is a verb
    ("The Terracotta Army counts about 8,000 warriors.", "about 8,000", 7_200, 8_800,
     "troops", "total"),
    ("The Singapore park's steel tree sculptures number 12.", "12", 12, 12, "statues",
     "total"),
    # a stairway's stairs are its steps
    ("The trek to the top of Lady Liberty takes some 354 stairs.", "some 354", 352, 356,
     "steps", "total"),
    # a felled tree's trunks are its logs
    ("The shrine festival hauls some 16 tree trunks.", "some 16", 14.4, 17.6, "logs", "total"),
    # a figure a business employs counts its workers where it names nothing else
    ("The Bengaluru-based IT firm employed some 317,000 a year earlier.", "some 317,000",
     315_000, 319_000, "workers", "total"),
    # ... and a krathong the float Thais set on the water
    ("Bangkok collected about 800,000 krathongs.", "about 800,000", 720_000, 880_000,
     "floats", "total"),
    # a connection's speed, and couples who married, who are the marriages
    ("Romania's median fixed broadband download speed reached 232 Mbps in June.", "232 Mbps",
     231.5, 232.5, "Mbit / s", "total"),
    ("Some 36,500 couples tied the knot in the country last year.", "Some 36,500", 36_300,
     36_700, "marriages", "total"),
    # a statistic of ages is a figure, however its years are said; a person's age is none
    ("Italian women had their first child at an average age of 31.7 in 2024.", "31.7", 31.65,
     31.75, "", "total"),
    ("Life expectancy at birth in Spain rose to 84 years in 2024.", "84", 84, 84, "",
     "total"),
    ("Babies born last year can expect to live to about 84.", "about 84", 82, 86, "",
     "total"),
    ("Japanese people live about 84.1 years on average.", "about 84.1", 83.9, 84.3, "",
     "total"),
    # a temperature is its day's level, never so much a day
    ("The Mediterranean's daily surface temperature hit a record 28.71C on Monday.",
     "28.71C", 28.705, 28.715, "°C", "total"),
    # a mountain's height in metres runs to thousands
    ("Western Europe's highest peak now stands at 4,805.59m after the latest survey.",
     "4,805.59m", 4.805585, 4.805595, "km", "total"),
    # so much per person with its period said before, as "Daily", is so much a day
    ("Daily water use in Denmark averages some 100 litres per person.", "some 100 litres",
     90, 110, "l/day", "rate"),
    # ... and a price per megawatt hour is so much per kilowatt hour, however written
    ("German day-ahead power averaged €78 per MWh in 2024.", "€78", 0.078, 0.078,
     "EUR/kilowatt hour", "rate"),
    ("Hungarian power prices averaged about 105 euros/MWh.", "about 105 euros", 0.103, 0.107,
     "EUR/kilowatt hour", "rate"),
    # a room paid "nightly" is paid a day, as one "a night" is
    ("Hotel rooms inside the walled Croatian city average some €250 nightly in peak season.",
     "some €250", 230, 270, "EUR/day", "rate"),
    # a length at sea in nautical miles
    ("Ferries cover the 43 nautical miles across the Gulf of Finland.", "43 nautical miles",
     78.71, 80.562, "km", "total"),
    # ... and a ship's speed in knots, compared in km/h
    ("Tallink's Megastar cruises at 27 knots between Tallinn and Helsinki.", "27 knots",
     26.5 * 1.852, 27.5 * 1.852, "km/hour", "rate"),
    # a resolution in pixels, however scaled
    ("The Chilean observatory's camera packs some 3.2 gigapixels.", "some 3.2 gigapixels",
     3000, 3400, "Mpixel", "total"),
    # a dozen scales a number as a thousand does
    ("Around two dozen wolves now live in the Netherlands.", "Around two dozen", 21.6, 26.4,
     "wolves", "total"),
    # ... and one per tonne or per gram so much per kilogram, as a shop prices it
    ("Spanish olive oil traded at some €3,500 a tonne.", "some €3,500", 3.3, 3.7,
     "EUR/kilogram", "rate"),
    ("Saffron sells for about €10 a gram in La Mancha.", "about €10", 9000, 11000,
     "EUR/kilogram", "rate"),
    # a winning margin is a length of time, to the second
    ("Tadej Pogačar won the 2024 Tour de France by 6 minutes 17 seconds.",
     "6 minutes 17 seconds", 376.5 / 3600, 377.5 / 3600, "h", "total"),
    ("The Slovenian finished more than six minutes ahead of Jonas Vingegaard.",
     "more than six minutes", 0.1, None, "h", "total"),
    # ... its units abbreviated, spaced or glued, even after a place's name
    ("He crossed the line in Oudenaarde 1min 2sec ahead of Mads Pedersen.", "1min 2sec",
     61.5 / 3600, 62.5 / 3600, "h", "total"),
    ("The trip took 45 mins.", "45 mins", 44.5 / 60, 45.5 / 60, "h", "total"),
    # so much a head with its period after is so much a year, however the period is said
    ("Switzerland's chocolate lovers get through some 11 kilos a head annually.",
     "some 11 kilos", 9.9, 12.1, "kg/year", "rate"),
    # a figure per square mile is compared per square kilometre, and a price per square
    # foot per square metre
    ("The principality has a population density of some 49,000 per square mile.",
     "some 49,000", 47_000 / 2.589988, 51_000 / 2.589988, "people/square kilometre", "rate"),
    ("Monaco packs about 19,000 people into each square kilometre.", "about 19,000", 17_100,
     20_900, "people/square kilometre", "rate"),
    ("Prime flats sell for $465 per square foot.", "$465", 465 / 0.09290304,
     465 / 0.09290304, "USD/square metre", "rate"),
    # a price per kWh is per kilowatt hour
    ("Household power cost about 40 cents a kWh last year.", "about 40 cents", 0.36, 0.44,
     "USD/kilowatt hour", "rate"),
    # money paid by the month, said well before the figure
    ("The monthly minimum pay in the Central European country will be HUF 290,800 from "
     "January.", "HUF 290,800", 290_750, 290_850, "HUF/month", "rate"),
    # money paid by the hour, said before the figure
    ("The rise takes the hourly rate to £12.21.", "£12.21", 12.205, 12.215, "GBP/hour",
     "rate"),
    # metric tons are tonnes
    ("Peru's fleet may catch 3 million metric tons.", "3 million metric tons", 2.95e9,
     3.05e9, "kg", "total"),
    # a speed per second is reported per hour, as the speeds written as one word are
    ("The comet is travelling at 58 kilometres per second.", "58 kilometres",
     57.5 * 3600, 58.5 * 3600, "km/hour", "rate"),
    # oil output: "bpd" is barrels per day, and a rate raised by a figure changes by it
    ("OPEC+ will add another 411,000 bpd in July.", "411,000 bpd", 410_500 * OIL_BARREL,
     411_500 * OIL_BARREL, "l/day", "change"),
    ("OPEC+ agreed to raise oil output by 411,000 barrels per day in July.",
     "411,000 barrels", 410_500 * OIL_BARREL, 411_500 * OIL_BARREL, "l/day", "change"),
    ("The August hike of 548,000 barrels per day beat forecasts.", "548,000 barrels",
     547_500 * OIL_BARREL, 548_500 * OIL_BARREL, "l/day", "change"),
    # ... and oil and gas together, in barrels of oil equivalent
    ("Equinor produced 2.1 million boe a day in 2024.", "2.1 million boe",
     2.05e6 * OIL_BARREL, 2.15e6 * OIL_BARREL, "l/day", "rate"),
    ("Output averaged 2.1m boepd.", "2.1m boepd", 2.05e6 * OIL_BARREL, 2.15e6 * OIL_BARREL,
     "l/day", "rate"),
    ("Some 15 gigawatts of generation came from wind.", "Some 15 gigawatts",
     13.5, 16.5, "GW", "total"),
    ("Demand peaked at 500MW.", "500MW", 0.495, 0.505, "GW", "total"),
    ("Consumption fell to 230 TWh.", "230 TWh", 225_000, 235_000, "GWh", "total"),
    # so much for each team of a league, said "per club" or of what "each team can" do
    ("The league raised the salary cap to $279.2 million per club for 2025.",
     "$279.2 million", 279.15e6, 279.25e6, "USD/team", "rate"),
    ("Each team can spend up to $279.2m on players this season.", "up to $279.2m",
     0, 279.2e6, "USD/team", "rate"),
    # pence glued to their figure, as British news writes them
    ("Fuel duty stays at 52.95p a litre.", "52.95p", 0.52945, 0.52955, "GBP/litre", "rate"),
    ("They plan to spend as much as $500bn over four years.", "as much as $500bn",
     0, 500e9, "USD", "total"),
    # time counted in millions is an amount of it, not a duration
    ("Water companies spilled sewage for 3.61 million hours in 2024.", "3.61 million",
     3.605e6, 3.615e6, "hours", "total"),
    # a salary is so much a year
    ("The salary threshold for skilled worker visas rose to £41,700.", "£41,700",
     41650, 41750, "GBP/year", "rate"),
    # the won after a scale word is money, whatever preposition follows it
    ("SK Hynix posted an operating profit of 11.38 trillion won in the third quarter.",
     "11.38 trillion won", 11.375e12, 11.385e12, "KRW", "total"),
    # a unit price is per unit; "per hour" is a rate whatever follows it
    ("The minimum unit price has been 50p since 2018.", "50p", 0.5, 0.5, "GBP/unit", "rate"),
    ("The minimum wage stands at ¥1,121 per hour after prefectures set their rates.",
     "¥1,121", 1121, 1121, "JPY/hour", "rate"),
    # time spent each day or week is a figure, however it is written
    ("Staff may be asked to work up to 13 hours a day, up from eight.", "up to 13",
     0, 13, "hours/day", "rate"),
    ("Lawmakers approved a bill allowing a 13-hour working day.", "13-hour",
     13, 13, "hours/day", "rate"),
    ("France kept its 35-hour week.", "35-hour", 35, 35, "hours/week", "rate"),
    # "over" that ends a phrasal verb is no "more than"
    ("The carmaker handed over 10,687 vehicles to customers.", "10,687", 10687, 10687,
     "vehicles", "total"),
    # a vague count before a unit is so many of it
    ("Etna sent ash several kilometres into the sky.", "several kilometres", 3, 9,
     "km", "total"),
    # a sentence that opens on how often says it of its figures
    ("Each hour, up to 580 people ride the gondola.", "up to 580", 0, 580, "people/hour",
     "rate"),
    # so many on each of an event's days or weekends is so many each, not in all
    ("The festival hosted roughly 125,000 fans on each of its two weekends.",
     "roughly 125,000", 123_000, 127_000, "fans/weekend", "rate"),
    ("Some 40,000 runners start on each of the race's three days.", "Some 40,000",
     36_000, 44_000, "runners/day", "rate"),
    # money paid each week is compared a year at a time (52 weeks)
    ("The full new state pension rose to £230.25 a week.", "£230.25", 11972.74, 11973.26,
     "GBP/year", "rate"),
    # a small move "up to" a level reaches it: no ceiling
    ("The average number of children a woman has ticked up to 0.75 last year.", "0.75",
     0.745, 0.755, "children", "total"),
    # a level capped at is a ceiling
    ("Single bus fares in England are now capped at £3.", "capped at £3", 0, 3, "GBP",
     "total"),
    # an attached "m" is metres where a water level or a height is told and no noun is
    # counted; millions where one is, or where no length is told
    ("The river reached about 6.4m in the city on Friday.", "about 6.4m", 0.0062, 0.0066,
     "km", "total"),
    ("About 6.4m people live by the river.", "About 6.4m", 6.2e6, 6.6e6, "people", "total"),
    ("The high-speed line cost 6.4m.", "6.4m", 6.35e6, 6.45e6, "", "total"),
    # a label's word after a modal is a verb: "will seat" so many, not "seat 12"
    ("The Grand Stade Hassan II will seat 115,000 spectators.", "115,000", 114_500, 115_500,
     "fans", "total"),
]


@pytest.mark.parametrize(("sentence", "written", "low", "high", "unit", "role"), READ)
def test_reads_interval_unit_and_role(sentence, written, low, high, unit, role) -> None:
    found = find_quantities(sentence)
    assert [q.value_text for q in found] == [written]
    quantity = found[0].quantity
    assert math.isclose(quantity.low, low, rel_tol=1e-6)
    assert (quantity.high is None) if high is None else math.isclose(quantity.high, high,
                                                                     rel_tol=1e-6)
    assert quantity.unit == unit
    assert found[0].role == role


def test_adjectives_joined_by_and_still_lead_to_the_counted_thing() -> None:
    [found] = find_quantities("The IOM counted over 3,000 dead and missing migrants.")
    assert found.thing == "migrants"
    soldiers, tanks = find_quantities("Some 5,500 soldiers and 300 tanks arrived.")
    assert (soldiers.thing, tanks.thing) == ("troops", "tanks")


def test_an_animal_whose_plural_is_its_singular_is_still_counted() -> None:
    [reindeer] = find_quantities("Finland's herders keep about 190,000 reindeer over the winter.")
    [sheep] = find_quantities("Wales has some 9 million sheep.")
    assert (reindeer.thing, sheep.thing) == ("reindeer", "sheep")
    [wildebeest] = find_quantities("About 1.5 million wildebeest move each year.")
    assert wildebeest.thing == "wildebeest"  # a noun, though it ends like "busiest"


@pytest.mark.parametrize(("sentence", "thing"), [
    ("The census put Nepal's rhino population at 645.", "rhinos"),
    ("The prison population in England and Wales stands at 87,000.", "prisoners"),
    ("The world population reached 8 billion.", "people"),
    ("Japan's population fell to 123.8 million.", "people"),
    ("The native population is 5,000.", "people"),
])
def test_a_population_counts_what_it_is_named_for(sentence: str, thing: str) -> None:
    [found] = find_quantities(sentence)
    assert found.thing == thing


def test_a_bike_is_a_bicycle_or_a_motorcycle_and_an_e_bike_neither() -> None:
    from crosscheck.match import things_agree

    [bicycles] = find_quantities("The Netherlands has about 23 million bicycles.")
    [bikes] = find_quantities("Dutch households own some 23m bikes between them.")
    [motorcycles] = find_quantities("Harley-Davidson shipped 142,000 motorcycles.")
    [e_bikes] = find_quantities("Shops sold about 420,000 e-bikes last year.")
    assert things_agree(bicycles.thing, bikes.thing)
    assert things_agree(motorcycles.thing, bikes.thing)
    assert not things_agree(bicycles.thing, motorcycles.thing)
    assert not things_agree(e_bikes.thing, bicycles.thing)


def test_a_models_number_before_its_price_is_the_models() -> None:
    """"costs" and "starts" read as plural nouns too; before a price they are verbs."""
    assert [q.value_text for q in find_quantities("The iPhone 17 starts at $799.")] == ["$799"]
    assert [q.value_text for q in find_quantities("The Pixel 9 costs $799.")] == ["$799"]
    assert [q.value_text for q in find_quantities(
        "The Royal Ballet will dance The Nutcracker 33 times this winter.")] == ["33"]


def test_two_quantities_in_one_sentence_keep_their_own_things() -> None:
    found = find_quantities("According to the UN, at least 331 civilians have been killed "
                            "and 675 injured in Ukraine.")
    assert [(q.value_text, q.thing) for q in found] == [
        ("at least 331", "civilians"), ("675", "civilians injured")]


NOT_QUANTITIES = [
    "In December last year, the Russian government made its demands public.",
    "Russia has been a threat since the annexation of Crimea in 2014 and since then.",
    "The talks were held on 24 May 2024 in the capital of the country.",
    "The meeting starts at 10:30 in the main hall of the ministry.",
    "A 36-year-old man was arrested near the border on Friday night.",
    "He wore shirt number 12 for the club.",  # a label after a singular noun
    "Polish pioneer Shushei dies at 36 following a long battle with cancer.",
    "The pioneer retired at the age of 61 after three decades in the job.",
    "Talks will resume in two weeks, officials said.",
    "Half an hour later the ministers left the hall.",
    "Article 5 of the treaty commits allies to defend each other.",
    "He flew an F-16 over the base while COVID-19 rules were in force.",
    "If you are interested in advertising on Poland-24.com please email us today.",
    "He is one of the most experienced diplomats in the region, colleagues said.",
    "Call the newsroom on +48 22 123 45 67 for more details about the story.",
    "Poland is the 5th largest economy in the European Union by some measures.",
    "The US sent F-16s and C-130s to the base.",
    "The actor was found dead at 36 in his home.",
    "He has two more years in office before the election.",
    "Talks between the two neighbouring countries began on Monday.",
    "The Boeing 737-800 was delayed on the runway for hours.",  # a model, before "was"
    "Passengers waited 13 hours before the flight left.",  # how long, not how many
    "The ceasefire must hold within two weeks of the deal.",
    "The new line will connect the airport in 18 months.",  # when, not how long a trip takes
    "The two-day strike ended on Friday.",  # a number made an adjective counts nothing
]


@pytest.mark.parametrize(("sentence", "written", "unit", "role"), [
    ("The monthly allowance of Rp50m is generous.", "Rp50m", "IDR/month", "rate"),
    ("Hikers pay DKK 200 to walk the trail.", "DKK 200", "DKK", "total"),  # a code, no name
    ("Lawmakers got 50 million rupiah a month.", "50 million rupiah", "IDR/month", "rate"),
    ("The project cost A$2.5bn.", "A$2.5bn", "AUD", "total"),
    ("Fees rose to ₹1,200.", "₹1,200", "INR", "total"),
    ("The fine was 5 billion rand.", "5 billion rand", "ZAR", "total"),
    ("The cheapest seats cost 20 leva.", "20 leva", "BGN", "total"),  # one country's
    ("Brasilia set aside R$ 40 billion.", "R$ 40 billion", "BRL", "total"),
    ("Sales reached KRW 3 trillion.", "KRW 3 trillion", "KRW", "total"),
    ("It booked about CHF6.4bn in sales.", "about CHF6.4bn", "CHF", "total"),  # glued
    ("It booked some VND61.8tn in sales.", "some VND61.8tn", "VND", "total"),
    ("Profit was MYR 2.1bn.", "MYR 2.1bn", "MYR", "total"),
    ("Net profit rose to NT$452.3 billion.", "NT$452.3 billion", "TWD", "total"),
    ("Malaysia unveiled a record RM419.2 billion budget.", "RM419.2 billion", "MYR", "total"),
    # a currency named by its country's adjective is that country's
    ("It cost 5 billion Argentine pesos.", "5 billion Argentine pesos", "ARS", "total"),
    ("It cost 5 billion Philippine pesos.", "5 billion Philippine pesos", "PHP", "total"),
    ("The carrier earned 5.4bn Kenyan shillings.", "5.4bn Kenyan shillings", "KES", "total"),
    ("It cost 5 billion Egyptian pounds.", "5 billion Egyptian pounds", "EGP", "total"),
    ("It cost 5 billion UAE dirhams.", "5 billion UAE dirhams", "AED", "total"),
    ("It cost 5 billion Icelandic kronur.", "5 billion Icelandic kronur", "ISK", "total"),
    ("It cost 5 billion US dollars.", "5 billion US dollars", "USD", "total"),
    # ... and one of several countries' is the one the sentence names
    ("Kenya Airways made 5.4 billion shillings.", "5.4 billion shillings", "KES", "total"),
    ("Serbia spent 5 billion dinars.", "5 billion dinars", "RSD", "total"),
    ("Budapest spent 5 billion forint.", "5 billion forint", "HUF", "total"),
    ("Dhaka spent 5 billion taka.", "5 billion taka", "BDT", "total"),
    ("Tea earnings rose to Sh215 billion last year.", "Sh215 billion", "KES", "total"),
    ("It cost USh 5 trillion.", "USh 5 trillion", "UGX", "total"),
    ("Farmers will now receive GH¢58,000 for a tonne.", "GH¢58,000", "GHS", "total"),
    ("The fine was 2,800 CFA francs.", "2,800 CFA francs", "XOF", "total"),
    ("Bhutan charges tourists $200 a night.", "$200", "USD/day", "rate"),  # once a day
    ("It earned 452.3 billion New Taiwan dollars.", "452.3 billion New Taiwan dollars", "TWD",
     "total"),
    ("The deal is worth 2 billion Australian dollars.", "2 billion Australian dollars",
     "AUD", "total"),
    # a price per pound, however written; a unit priced, whatever follows it
    ("Arabica hit a record $4.30 a pound.", "$4.30", "USD/pound", "rate"),
    ("Silver touched an all-time high of $54.47 per ounce before falling back.", "$54.47",
     "USD/ounce", "rate"),
    ("Cocoa hit a record of $12,931 a ton in December.", "$12,931", "USD/kilogram", "rate"),
    ("Cocoa hit a record high of $12,931 per tonne.", "$12,931", "USD/kilogram", "rate"),
])
def test_currencies_of_more_countries(sentence: str, written: str, unit: str,
                                      role: str) -> None:
    [found] = find_quantities(sentence)
    assert (found.value_text, found.quantity.unit, found.role) == (written, unit, role)


@pytest.mark.parametrize(("sentence", "written", "kind"), [
    ("The fire covers 2.5 sq miles.", "2.5 sq miles", "[length] ** 2"),
    ("The home has 10,000 sq ft.", "10,000 sq ft", "[length] ** 2"),
    ("The flat is 50 square metres.", "50 square metres", "[length] ** 2"),
    ("Gas flows fell to 40 bcm.", "40 bcm", "[length] ** 3"),
    ("It stored 40 billion cubic metres of gas.", "40 billion cubic metres", "[length] ** 3"),
    ("Emissions fell by 100 megatonnes.", "100 megatonnes", "[mass]"),
    ("The world emitted 37.4 gigatonnes of CO2.", "37.4 gigatonnes", "[mass]"),
    ("Trucks dumped 120,000 kilos of tomatoes.", "120,000 kilos", "[mass]"),  # spoken kg
    # a unit joined to its figure to qualify a noun
    ("The 23-metre spruce was hoisted into place.", "23-metre", "[length]"),
    ("It is a 75-foot Norway spruce.", "75-foot", "[length]"),
    ("Trucks of 40-tonne loads wait.", "40-tonne", "[mass]"),
    # a lake's water and a field's gas by volume
    ("Lake Baikal holds about 23,600 cubic kilometres of water.", "about 23,600 cubic kilometres",
     "[length] ** 3"),
    ("The lake contains some 23,615 km³ of fresh water.", "some 23,615 km³", "[length] ** 3"),
    ("The field holds 5.6 trillion cubic feet of gas.", "5.6 trillion cubic feet",
     "[length] ** 3"),
    # pounds a thing weighs are its weight; pounds it costs are money
    ("The pumpkin tipped the scales at 2,346 pounds.", "2,346 pounds", "[mass]"),
    ("The champion weighed 2,346 pounds.", "2,346 pounds", "[mass]"),
    ("He was fined 2,000 pounds.", "2,000 pounds", "currency"),
    ("The levy weighs on households, costing 2 billion pounds.", "2 billion pounds",
     "currency"),
    # ... and scaled pounds of a commodity are its weight, scaled pounds of anything else money
    ("The country mined 16.1 million pounds of uranium.", "16.1 million pounds",
     "[mass]"),
    ("Brazil shipped 3 million pounds of raw sugar.", "3 million pounds", "[mass]"),
    ("It received 2 billion pounds of investment.", "2 billion pounds", "currency"),
])
def test_areas_volumes_and_masses_in_more_units(sentence: str, written: str, kind: str) -> None:
    [found] = find_quantities(sentence)
    assert (found.value_text, found.quantity.kind) == (written, kind)


def test_a_unit_joined_to_its_figure_is_the_same_length() -> None:
    [joined] = find_quantities("The 23-metre spruce was hoisted into place.")
    [spaced] = find_quantities("The tree stands 75 feet tall.")
    assert joined.quantity.overlaps(spaced.quantity)  # 75 feet is 22.9 metres
    [hours] = find_quantities("Workers began a 24-hour strike.")
    assert hours.quantity.kind == "count"  # an hour is no unit the reader converts


def test_a_bcm_is_a_billion_cubic_metres() -> None:
    [short] = find_quantities("Gas flows fell to 40 bcm.")
    [long] = find_quantities("It stored 40 billion cubic metres of gas.")
    assert short.quantity.overlaps(long.quantity)


def test_a_hectolitre_is_a_hundred_litres() -> None:
    """Wine is counted in hectolitres: "44 million hectolitres" is 4.4 billion litres, and a
    volume's measure is read as a count's is (consumption is no production)."""
    from crosscheck.things import measure_near

    [hectolitres] = find_quantities("Italy produced 44 million hectolitres of wine.")
    [litres] = find_quantities("Italian winemakers turned out some 4.4 billion litres.")
    assert hectolitres.quantity.overlaps(litres.quantity)
    sentence = "Consumption dropped to 214.2 million hectolitres in 2024."
    assert measure_near(sentence, sentence.index("214.2"), sentence.index(" in 2024"),
                        "[length] ** 3") == "consumption"


def test_fine_particles_are_counted_in_micrograms_per_cubic_metre() -> None:
    [station] = find_quantities("The station recorded 180 micrograms of PM2.5 per cubic metre.")
    [monitor] = find_quantities("IQAir measured PM2.5 levels of 180 µg/m³ in Sarajevo.")
    assert station.quantity.kind == monitor.quantity.kind == "[mass] / [length] ** 3"
    assert station.quantity.overlaps(monitor.quantity)


def test_ha_is_a_hectare() -> None:
    [short] = find_quantities("The blaze has scorched some 5,000 ha of forest.")
    [written] = find_quantities("The fire has burnt 5,000 hectares.")
    assert short.quantity.kind == written.quantity.kind == "[length] ** 2"
    assert short.quantity.overlaps(written.quantity)


def test_a_hundredth_of_a_currency_is_that_currency() -> None:
    [cents] = find_quantities("Arabica climbed to an all-time high of 430 cents per lb.")
    assert (cents.quantity.kind, cents.quantity.unit) == ("currency", "USD/pound")
    assert math.isclose(cents.quantity.strict_low, 4.30)
    [pence] = find_quantities("Petrol prices fell by 5 pence a litre.")
    assert pence.quantity.unit == "GBP/litre" and math.isclose(pence.quantity.strict_low, 0.05)


def test_crowns_alone_are_the_crowns_of_the_country_named() -> None:
    [norway] = find_quantities("Norway's oil fund was worth 19,753 billion crowns in June.")
    assert (norway.quantity.kind, norway.quantity.unit) == ("currency", "NOK")
    # unplaced, a scaled sum is money in any of the crowns (match.currencies_agree), not
    # guessed; without a scale word the crowns may be counted ("a jeweller sold 300 crowns")
    [unnamed] = find_quantities("The prize sum was raised by 1 million crowns.")
    assert (unnamed.quantity.kind, unnamed.quantity.unit) == ("currency", "crowns")
    [counted] = find_quantities("The royal jeweller has restored 30 crowns.")
    assert counted.quantity.kind == "count"


def test_a_bill_a_year_and_a_rise_by_an_average_of() -> None:
    [bill] = find_quantities("The average annual water bill in England and Wales will rise "
                             "to £603 in April.")
    assert (bill.role, bill.quantity.unit) == ("rate", "GBP/year")
    [revenue] = find_quantities("Apple reported annual revenue of $391bn.")
    assert revenue.role == "total"
    [rise] = find_quantities("Bills will rise by an average of 26 percent, Water UK said.")
    assert rise.role == "change"


def test_a_change_then_a_level_far_above_it_is_no_range() -> None:
    change, level = find_quantities(
        "The number of people in China dropped by 1.39 million to 1.408 billion.")
    assert (change.role, level.role) == ("change", "total")
    assert level.quantity.strict_low == 1.408e9
    [band] = find_quantities("Prices rose by 2 to 3 percent.")
    assert (band.quantity.low, band.quantity.high) == (2.0, 3.0)  # a range still
    [ppm] = find_quantities("CO2 averaged almost 424 ppm last year.")
    assert ppm.quantity.unit == "ppm"


def test_a_fraction_of_a_point_is_points() -> None:
    [quarter] = find_quantities("The Fed lowered rates by a quarter of a percentage point.")
    assert (quarter.quantity.kind, quarter.quantity.strict_low, quarter.role) == (
        "points", 0.25, "change")
    [third] = find_quantities("A third of Ukrainians have fled.")
    assert third.quantity.kind == "percent"  # a share of people stays a share


@pytest.mark.parametrize(("sentence", "written", "low", "high"), [
    ("Almost nine in ten new cars sold in Denmark last year were electric.",
     "Almost nine in ten", 81, 90),
    ("One in five adults smokes.", "One in five", 18, 22),
    ("About 1 in 4 children live in poverty.", "About 1 in 4", 22.5, 27.5),
    ("Two in every three voters backed the plan.", "Two in every three", 60, 220 / 3),
])
def test_a_part_in_a_whole_is_a_share(sentence: str, written: str, low: float,
                                      high: float) -> None:
    [share] = find_quantities(sentence)
    assert (share.value_text, share.quantity.unit, share.role) == (written, "%", "total")
    assert share.quantity.low == pytest.approx(low) and share.quantity.high == pytest.approx(high)


def test_a_count_over_a_time_is_no_share() -> None:
    assert [f.value_text for f in find_quantities("The team won 3 in 2 days.")] == ["3"]
    assert [f.value_text for f in find_quantities("Some 4 in 10 were hurt, 12 in 3 towns.")
            ] == ["Some 4 in 10", "12", "3"]


def test_a_number_word_before_a_harm_counts_people() -> None:
    [three] = find_quantities("The derailment left three dead, including the driver.")
    assert (three.value_text, three.thing) == ("three", "people")
    five, twenty = find_quantities("The blast left five dead and 20 injured.")
    assert five.thing == "people" and twenty.quantity.strict_low == 20
    [migrants] = find_quantities("The IOM counted over 3,000 dead and missing migrants.")
    assert migrants.thing == "migrants"


def test_a_toll_revised_to_a_number_word_is_read() -> None:
    [nine] = find_quantities("Officials revised the death toll to nine.")
    assert nine.quantity.strict_low == 9 and nine.thing == "deaths"


def test_a_change_past_a_record_is_a_change() -> None:
    [fell] = find_quantities("The number of Japanese nationals fell by a record 908,574.")
    assert fell.role == "change"


@pytest.mark.parametrize(("sentence", "role"), [
    ("The company signed up 13.1 million new members in the last three months.", "change"),
    ("A record 18.9 million people signed up between October and December.", "change"),
    ("Netflix had 301.6 million members at the end of the year.", "total"),
    ("Britain built 200,000 new homes last year.", "total"),  # no service's base
    ("Some 3 million people joined the Sao Paulo Pride parade.", "total"),  # a crowd
])
def test_those_who_joined_a_service_are_its_change(sentence: str, role: str) -> None:
    [joined] = find_quantities(sentence)
    assert joined.role == role


def test_a_figure_restating_a_change_is_a_change_and_a_height_is_no_rise() -> None:
    pounds, percent = find_quantities("The cap rose by £35, or 2%, compared with the summer.")
    assert pounds.role == percent.role == "change"
    assert [q.role for q in find_quantities("Sales fell 2% (£3m) last year.")] == [
        "change", "change"]
    [high] = find_quantities("The ash plume rose about 14 kilometres high.")
    [sky] = find_quantities("The plume rose 14 km into the sky.")
    assert high.role == sky.role == "total"
    [sea] = find_quantities("Sea levels rose 20 cm since 1900.")
    assert sea.role == "change"


def test_those_of_its_own_a_business_acts_on_are_the_count_of_what_it_does() -> None:
    [sites] = find_quantities("The Spanish-owned lender is shutting 95 of its British sites.")
    [soldiers] = find_quantities("Russia said 498 of its soldiers had been killed.")
    assert (sites.role, sites.thing) == ("total", "sites")
    assert soldiers.role == "part"


def test_a_period_a_thing_took_says_how_long_not_how_often() -> None:
    fish, hour = find_quantities("The 286-pound fish took nearly an hour to land.")
    assert (fish.role, fish.quantity.unit, hour.quantity.unit) == ("total", "kg", "h")
    [cars] = find_quantities("The plant makes 500 cars a day.")
    assert cars.role == "rate"


def test_a_number_word_before_a_nations_adjective_counts_the_noun() -> None:
    [troops] = find_quantities("Twenty-three Pakistani troops died, the military said.")
    assert (troops.value_text, troops.thing) == ("Twenty-three", "troops")
    assert find_quantities("Three Mile Island was shut down.") == []  # a name


def test_a_tally_keeps_its_first_figure_and_an_index_is_in_points() -> None:
    tally = find_quantities("Lawmakers voted 364 to 194 to topple the government.")
    assert [(q.value_text, q.quantity.low) for q in tally] == [("364", 364), ("194", 194)]
    assert find_quantities("Arsenal won 3-1.") == []  # a score
    [level] = find_quantities("Japan's benchmark index ended at a record 50,512.32.")
    [written] = find_quantities("The Nikkei closed above 50,000 points.")
    assert level.quantity.kind == written.quantity.kind == "points"
    assert find_quantities("The FTSE 100 rose 1.2% to 9,500.")[1].quantity.kind == "points"


def test_the_won_after_a_scale_word_and_gallons_are_units() -> None:
    [won] = find_quantities("Samsung's operating profit came in at 12.2 trillion won.")
    assert (won.value_text, won.quantity.kind, won.quantity.unit) == (
        "12.2 trillion won", "currency", "KRW")
    assert find_quantities("The party won 3 million votes.")[0].quantity.kind == "count"
    assert find_quantities("Some 3 million won the lottery.")[0].quantity.kind == "count"
    [fuel] = find_quantities("The plane was carrying about 38,000 gallons of fuel.")
    assert fuel.value_text == "about 38,000 gallons" and fuel.quantity.kind != "count"


def test_annually_is_a_rate_and_those_among_the_dead_a_part() -> None:
    [bill] = find_quantities("A typical household will pay £1,758 annually under the new cap.")
    assert (bill.role, bill.quantity.unit) == ("rate", "GBP/year")
    assert find_quantities("The daily briefing said 300 people died.")[0].role == "total"
    [officers] = find_quantities("Four police officers were among the dead.")
    assert officers.role == "part"
    [children] = find_quantities("709 of them were children.")
    assert children.role == "part"


def test_a_number_word_opening_a_share_of_a_group_is_read() -> None:
    """"Fifteen of them have died" (of an outbreak's cases) is its death toll, whole; a share
    of a group that no harm befell stays a part, and "one of them" is no count."""
    [dead] = find_quantities("Fifteen of them have died.")
    assert (dead.quantity.low, dead.role, dead.thing) == (15, "total", "people")
    [rescued] = find_quantities("Twelve of the miners were rescued.")
    assert (rescued.quantity.low, rescued.thing) == (12, "miners")
    assert find_quantities("One of them died.") == []
    assert find_quantities("In two of the past three years sales fell.") == []


def test_a_planned_cut_is_its_size_and_a_phrase_holds_no_counted_thing() -> None:
    assert find_quantities("The food giant plans to shed about 16,000 positions.")[0].role == (
        "total")
    assert find_quantities("The economy shed 33,000 jobs in September.")[0].role == "change"
    [crowd] = find_quantities("Attendance at the championships reached 527,296.")
    assert crowd.thing == "people"  # the attendance's, not "championships"


def test_sales_of_a_thing_count_it_and_a_count_is_no_revenue() -> None:
    from crosscheck.things import measure_near

    sentence = "Sales of the new console passed 10 million in four months."
    [sold] = find_quantities(sentence)
    assert sold.thing == "consoles"
    assert measure_near(sentence, sold.start, sold.end, "count") == "deliveries"  # sold
    assert measure_near("Sales reached $10 million.", 14, 25, "currency") == "revenue"


def test_a_qualifier_of_a_noun_a_verb_follows_qualifies_no_measure() -> None:
    from crosscheck.things import measure_near

    sentence = "The French sporting goods retailer booked revenue of about €16.2bn last year."
    [revenue] = find_quantities(sentence)
    assert measure_near(sentence, revenue.start, revenue.end, "currency") == "revenue"
    sentence = "Goods exports rose to $20 billion."
    [exports] = find_quantities(sentence)
    assert measure_near(sentence, exports.start, exports.end, "currency") == "goods exports"


def test_places_opened_or_closed_are_a_measure_unless_an_event_opened_or_closed() -> None:
    from crosscheck.things import measure_near

    for sentence, measure in (
            ("It opened 84 new restaurants in the quarter.", "opened"),
            ("It closed 84 stores.", "closed"),
            ("The museum has welcomed 10 million visitors since it opened.", None),
            ("The Biennale closed with 700,000 visitors.", None)):
        [found] = find_quantities(sentence)
        assert measure_near(sentence, found.start, found.end, "count", found.thing) == measure


def test_diwalis_diyas_are_lamps_and_a_parks_guests_its_visitors() -> None:
    from crosscheck.match import things_agree

    [diyas] = find_quantities("Volunteers lit some 2.6 million diyas along the river.")
    assert diyas.thing == "lamps"
    assert things_agree("guests", "visitors")
    [sightseers] = find_quantities("The tower welcomed some 2.2m sightseers last year.")
    assert sightseers.thing == "visitors"
    # a chain's locations are its restaurants or its shops, which are not each other
    assert things_agree("locations", "restaurants") and things_agree("locations", "shops")
    assert not things_agree("restaurants", "shops")


def test_a_change_by_a_fraction_is_a_share_and_probable_cases_are_cases() -> None:
    [fell] = find_quantities("Coral cover fell by about a quarter in the past year.")
    assert (fell.value_text, fell.quantity.kind, fell.role) == (
        "about a quarter", "percent", "change")
    [points] = find_quantities("The Fed cut interest rates by half a percentage point.")
    assert points.quantity.kind == "points"  # not a share: half a point
    assert find_quantities("Brazil recorded 6.5 million probable dengue cases.")[0].thing == (
        "cases")


def test_nights_booked_are_bookings() -> None:
    assert find_quantities("Guests booked 133.6 million nights.")[0].thing == "bookings"


def test_poultry_are_birds_and_the_dead_people() -> None:
    assert find_quantities("Some 1.5 million poultry have been destroyed.")[0].thing == "birds"
    assert find_quantities("The battle left some 2,900 dead.")[0].thing == "people"
    assert find_quantities("About 3,000 dead and missing migrants.")[0].thing == "migrants"


def test_try_and_a_glued_label_are_no_currency() -> None:
    assert find_quantities("We will try 5 times.")[0].quantity.kind == "count"
    assert find_quantities("The F16 and Grp5 results.") == []


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities_of_a_fact(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("written", "value", "margin"),
    [("5,500", 5500, 50), ("10,000", 10000, 500), ("331", 331, 0), ("1.3", 1.3e6, 5e4),
     ("700,000", 700000, 5000), ("2.75", 2.75e9, 5e6), ("40", 40, 0), ("1,200", 1200, 50)],
)
def test_rounding_margin_is_half_the_last_significant_place(written, value, margin) -> None:
    assert math.isclose(rounding_margin(written, value), margin)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Inflation hit 211% last year.", 210.5, 211.5),  # a measure is rounded, a count exact
    ("The bridge was 40 km long.", 39.5, 40.5),
    ("It was 40 degrees Celsius.", 39.5, 40.5),
    ("The storm killed 331 people.", 331, 331),
])
def test_a_whole_measure_is_rounded_at_its_last_digit(sentence, low, high) -> None:
    [found] = find_quantities(sentence)
    assert (found.quantity.low, found.quantity.high) == pytest.approx((low, high))


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("More than 33 million people were affected.", 33e6, None),
    ("The floods affected 33 million people.", 32.5e6, 33.5e6),  # as 33,000,000 would be
    ("Congress approved $14 billion in aid.", 13.5e9, 14.5e9),
    ("Some 2 million people fled.", 1.8e6, 2.2e6),
    ("The plan costs $1.3 billion.", 1.25e9, 1.35e9),  # decimals round at their place
])
def test_a_figure_with_a_scale_word_is_rounded_as_written_in_full(sentence, low, high) -> None:
    [found] = find_quantities(sentence)
    assert found.quantity.low == pytest.approx(low)
    assert found.quantity.high == (None if high is None else pytest.approx(high))


def test_as_many_as_means_near_its_top() -> None:
    [some] = find_quantities("Some 3,000 homes have been destroyed.")
    [ceiling] = find_quantities("The fires destroyed as many as 15,000 homes.")
    [near] = find_quantities("The fires destroyed 12,000 homes.")
    assert ceiling.quantity.ceiling and not some.quantity.overlaps(ceiling.quantity)
    assert near.quantity.overlaps(ceiling.quantity)
    [fewer] = find_quantities("Fewer than 500 people attended.")
    [few] = find_quantities("Some 200 people attended.")
    assert fewer.quantity.overlaps(few.quantity)  # "fewer than" is a true bound


def test_nearly_writes_the_figure_it_is_short_of() -> None:
    """"Nearly 870,000" gives 870,000 as its one figure, as "up to" gives its bound: one
    specific figure with "about 870,000", and with 9.57 million rounded ("nearly 9.6
    million"); it is no range of written values."""
    from crosscheck.quantity import same_specific_figure, written_differently

    [nearly] = find_quantities("Nearly 870,000 people travelled to the fiord.")
    [about] = find_quantities("Milford Sound drew about 870,000 visitors.")
    assert nearly.quantity.short_of and same_specific_figure(nearly.quantity, about.quantity)
    [units] = find_quantities("The game has shifted nearly 9.6 million units.")
    [copies] = find_quantities("The game sold 9.57 million copies.")
    assert same_specific_figure(units.quantity, copies.quantity)
    assert not written_differently(units.quantity, copies.quantity)  # 9.57m is nearly 9.6m
    [other] = find_quantities("The game sold 9.2 million copies.")
    assert written_differently(units.quantity, other.quantity)


def test_a_figure_converted_from_its_written_unit_is_no_specific_figure() -> None:
    """"Some 17 miles" is 27.358848 km: its digits are the conversion's, so two such
    figures are no rare coincidence; "555 metres" beside "some 1,821 feet" still is one
    specific figure, written to three digits and rounded from the other."""
    from crosscheck.quantity import same_specific_figure

    [ring] = find_quantities("The particle smasher runs some 17 miles around.")
    [line] = find_quantities("The driverless line runs some 17 miles.")
    assert not same_specific_figure(ring.quantity, line.quantity)
    [metres] = find_quantities("The tower rises 555 metres.")
    [feet] = find_quantities("The skyscraper soars some 1,821 feet.")
    assert same_specific_figure(metres.quantity, feet.quantity)


def test_rounded_figures_are_half_open_so_neighbours_never_meet() -> None:
    [three] = find_quantities("Inflation was 3% in June.")
    [four] = find_quantities("Inflation was 4% in July.")
    [precise] = find_quantities("Inflation was 3.4% in June.")
    assert not three.quantity.overlaps(four.quantity)
    assert three.quantity.overlaps(precise.quantity)
    [low_count] = find_quantities("About 5,500 troops arrived.")
    [rounded] = find_quantities("There are 5,600 troops.")
    [next_up] = find_quantities("There are 5,500 troops.")
    assert not rounded.quantity.overlaps(next_up.quantity)
    assert low_count.quantity.overlaps(rounded.quantity)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Some 2,207 buildings were damaged.", 2205, 2209),  # no zero to round: two units
    ("About 331 people died.", 329, 333),
    ("About 600 people came.", 540, 660),  # two hundreds would be wider than a tenth
    ("Some 157,600 people arrived.", 157400, 157800),
    # a unit converted carries its last digit with it: two million tonnes, not kilograms
    ("Ukraine exported about 33 million tonnes of grain.", 31e9, 35e9),
    ("The plume rose some 14 kilometres.", 12.6, 15.4),  # a tenth is less than two km
])
def test_about_reaches_two_units_of_the_last_digit_kept(sentence, low, high) -> None:
    [found] = find_quantities(sentence)
    assert (found.quantity.low, found.quantity.high) == pytest.approx((low, high))


def test_qualifiers_open_or_widen_the_interval() -> None:
    above = make_quantity(10000, 10000, "above", 500, "count", "troops")
    assert (above.low, above.high, above.low_inclusive) == (10000, None, False)
    approx = make_quantity(5500, 5500, "approx", 50, "count", "troops", step=100)
    assert (approx.low, approx.high) == pytest.approx((5300, 5700))
    unknown_step = make_quantity(5500, 5500, "approx", 50, "count", "troops")
    assert (unknown_step.low, unknown_step.high) == pytest.approx((4950, 6050))
    assert (approx.strict_low, approx.strict_high) == (5500, 5500)
    plain = make_quantity(5500, 5500, None, 50, "count", "troops")
    assert not plain.overlaps(above)
    near = make_quantity(9980, 9980, None, 0, "count", "troops")
    rounded = make_quantity(10000, 10000, None, 500, "count", "troops")
    assert rounded.overlaps(near) and not rounded.overlaps_strictly(near)


def test_a_floor_means_near_its_figure_not_anything_above_it() -> None:
    def count(value: float, qualifier: str | None = None):
        return make_quantity(value, value, qualifier, rounding_margin(f"{value:,.0f}", value),
                             "count", "people")

    assert count(10_000, "above").overlaps(count(12_400))
    assert count(22_000, "above").overlaps(count(22_168))
    assert not count(10_000, "above").overlaps(count(20_000))  # a later, larger toll
    assert not count(700_000, "above").overlaps(count(1_200_000))
    # Two floors agree when they are about one floor, not because both are open.
    assert count(9_900, "above").overlaps(count(10_000, "at_least"))
    assert not count(3_549, "at_least").overlaps(count(14_000, "above"))


def test_bp_is_basis_points_only_in_lower_case() -> None:
    found = find_quantities("The company owns 5 BP stations.")
    assert [(q.value_text, q.quantity.kind) for q in found] == [("5", "count")]


def test_a_change_then_a_level_of_percentages_is_no_range() -> None:
    found = find_quantities("Prices rose 0.3% to 3.2%.")
    assert [(q.value_text, q.role) for q in found] == [("0.3%", "change"), ("3.2%", "total")]


def test_a_possessive_makes_a_change_noun_only_right_after_the_figure() -> None:
    assert find_quantities("The bank's 0.25 percentage point rise surprised markets."
                           )[0].role == "change"
    assert find_quantities("The company's 3,000 workers cut production.")[0].role == "total"


def test_daily_before_the_figure_reaches_past_another_figure() -> None:
    """"daily user base grew 40% to 47.7m" is 47.7 million users a day, as "47.7 million
    daily active users" is: one fact, the same rate, however the sentence is built."""
    grew = find_quantities("The language app's daily user base grew 40% to 47.7m in the "
                           "quarter.")[-1]
    had = find_quantities("Duolingo had 47.7 million daily active users at the end of June.")[0]
    assert (grew.value_text, grew.quantity.unit, grew.role) == ("47.7m", "users/day", "rate")
    assert (had.quantity.unit, had.role) == ("users/day", "rate")


def test_a_sum_with_its_measure_unsaid_is_read_in_a_price_s_measure_where_that_agrees() -> None:
    [tonne] = find_quantities("Copper traded at $9,100 a tonne.")
    [unsaid] = find_quantities("The industrial metal fetched some $9,100.")
    assert tonne.quantity.unit == "USD/kilogram" and unsaid.quantity.unit == "USD"
    read_tonne, read_unsaid = in_one_measure(tonne.quantity, unsaid.quantity)
    assert read_tonne == tonne.quantity and read_unsaid.unit == "USD/kilogram"
    assert read_unsaid.overlaps(tonne.quantity) and agrees_per_unit_unsaid(
        unsaid.quantity, tonne.quantity)
    [apart] = find_quantities("The metal fetched $7,000.")
    assert in_one_measure(tonne.quantity, apart.quantity) == (tonne.quantity, apart.quantity)
    [pounds] = find_quantities("The metal fetched £9,100.")  # another currency
    assert not agrees_per_unit_unsaid(tonne.quantity, pounds.quantity)


def test_lakhs_and_crores_scale_a_figure_and_rs_is_rupees() -> None:
    """South Asian news counts in lakhs (100,000) and crores (10 million): "₹818 crore" is
    the "some ₹8.2bn" another paper writes."""
    [crore] = find_quantities("Bevco sold liquor worth ₹818 crore during Onam week.")
    [billions] = find_quantities("Some ₹8.2bn of alcohol was sold.")
    assert (crore.value_text, crore.quantity.unit) == ("₹818 crore", "INR")
    assert crore.quantity.strict_low == pytest.approx(8.18e9)
    assert crore.quantity.overlaps(billions.quantity)
    [lakh] = find_quantities("About 2.5 lakh people attended the fair.")
    assert lakh.quantity.strict_low == pytest.approx(250_000)
    [rupees] = find_quantities("The fine is Rs 5 lakh.")
    assert (rupees.quantity.kind, rupees.quantity.unit) == ("currency", "INR")
    assert rupees.quantity.strict_low == pytest.approx(500_000)
    [span] = find_quantities("The bridge will cost ₹500-600 crore.")
    assert (span.quantity.low, span.quantity.high) == (pytest.approx(5e9), pytest.approx(6e9))
    # ... and crores by the lakh or the thousand: "₹2.16 lakh crore" is ₹2.16 trillion
    [lakh_crore] = find_quantities("Kerala received about ₹2.16 lakh crore in remittances.")
    [trillions] = find_quantities("Its expatriates sent home some ₹2.2tn.")
    assert lakh_crore.value_text == "about ₹2.16 lakh crore"
    assert lakh_crore.quantity.strict_low == pytest.approx(2.16e12)
    assert lakh_crore.quantity.overlaps(trillions.quantity)
    [thousand_crore] = find_quantities("The state spent ₹50 thousand crore on roads.")
    assert thousand_crore.quantity.strict_low == pytest.approx(5e11)


def test_two_hedged_figures_agree_only_where_one_lies_within_the_others_hedge() -> None:
    """Each "about" covers the other writer's rounding, but the two added together would
    make figures a fifth apart agree: a verdict reads one's figure against the other's
    hedge, while pairing still reads both hedges (overlaps), since the two are one fact."""
    [organisers] = find_quantities("Organisers said about 50,000 people marched.")
    [police] = find_quantities("Police put the crowd at some 60,000.")
    [nearer] = find_quantities("Police put the crowd at some 52,000.")
    [plain] = find_quantities("Police put the crowd at 54,000.")
    assert organisers.quantity.overlaps(police.quantity)
    assert not organisers.quantity.agrees(police.quantity)
    assert not police.quantity.agrees(organisers.quantity)
    assert organisers.quantity.agrees(nearer.quantity)
    assert organisers.quantity.agrees(plain.quantity)  # one hedge only: read as overlaps
