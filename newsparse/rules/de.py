"""German (``de``): the words the parsers need for German news text."""

from __future__ import annotations

from collections.abc import Mapping

from ._build import names as _names
from ._build import words as _words

_MONTHS = _words("januar jänner februar märz april mai juni juli august september oktober november "
                 "dezember jan feb mär apr jun jul aug sep sept okt nov dez")
_WEEKDAYS = _words("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag")

#: Vocabularies added to :class:`newsparse.entities.EntityParser`'s class attributes of the
#: same names when the text is German.  German capitalises every noun, so a capitalised word
#: is a name only with evidence; these lists are most of that evidence.
ENTITIES: Mapping[str, frozenset[str]] = {
    "FUNCTION_WORDS": _words(
        "der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn "
        "weil wenn als wie ob dass daß in im an am auf aus bei mit nach von vom zu zum zur für gegen "
        "ohne um durch über unter vor hinter neben zwischen seit bis während wegen trotz laut gemäß "
        "er sie es wir ihr ich du man sein seine seiner seinem seinen ihre ihrer ihrem ihren unser "
        "unsere dieser diese dieses diesem diesen jener jene jenes welcher welche welches kein keine "
        "nicht auch noch schon nur sehr mehr weniger viel viele alle alles jeder jede jedes ist sind "
        "war waren wird werden wurde wurden hat haben hatte hatten kann können soll sollen will "
        "wollen muss müssen darf dürfen so da dort hier nun jetzt heute gestern morgen dann damit "
        "dabei dazu deshalb daher doch jedoch zudem außerdem bereits immer nie wieder etwa rund fast "
        "eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend "
        # pronouns, determiners, adverbs and numbers that open sentences capitalised
        "beim ins ans vors aufs übers unters zum zur vom beide beiden beider derartige derartigen "
        "dessen deren denen einzige einzigen ähnliche ähnlichen andere anderen anderer anderes "
        "manche manchen mancher einige einigen mehrere mehreren wenige wenigen solche solchen "
        "sämtliche jene jenen meine meiner meinem meinen deine dein euer eure mich mir dich dir "
        "uns euch ihm ihn ihnen sich selbst darin daran darauf daraus darüber darum davon davor "
        "dafür dagegen daneben dahinter dadurch dazwischen hierbei hierzu hierfür worin woran worauf "
        "sowohl weder entweder zwar obwohl obgleich sofern soweit sobald solange nachdem bevor "
        "ehe indem damals zuletzt erst stets oft häufig selten manchmal vielleicht wohl kaum "
        "ebenfalls ebenso genauso gleichzeitig hingegen vielmehr insgesamt allein alleine "
        "elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig "
        "erste ersten zweite zweiten dritte dritten letzte letzten nächste nächsten "
        "viele vieles wenig nichts etwas jemand niemand jeder jedem jeden alle allen aller anders"),
    "ACRONYM_STOP": _words(
        "pkw lkw bip cd dvd pc tv kw ps gb mb kb usb km kg ct mio mrd nr tel fax dr "
        # common nouns and terms written as initials (``FCKW``, ``ABM``, ``K.O.``, ``AK 20``)
        "fckw abm pos ko tm ak kfz edv gps sms dsl pdf mp3 led lcd hd ok"),
    "DETERMINERS": _words(
        "der die das den dem des ein eine einen einem einer eines am im zum zur vom beim ans ins "
        "dieser diese dieses diesem diesen jeder jede jedes kein keine keinen keinem sein seine ihr ihre "
        "unser unsere mein meine dein deine meines deines seines ihres unseres eures "
        "etwas nichts viel wenig alles"),
    "SENTENCE_WORDS": _words(
        "nach laut zudem außerdem allerdings trotzdem dennoch inzwischen bislang bisher zuvor danach "
        "später zunächst schließlich vor seit wie was wer wo wann warum weshalb "
        # adverbs and prepositions that open sentences
        "irgendwann irgendwo irgendwie besonders derweil genau außer demnach überall innerhalb "
        "außerhalb hinzu quer immerhin somit zumindest ansonsten höchstens mindestens freilich "
        "sonst ferner jedenfalls übrigens offenbar aufgrund anstelle anhand mithilfe zugleich "
        "nochmals neuerdings unterdessen indes stattdessen ebenso ohnehin trotz dank mangels "
        "angesichts hierzulande inzwischen zuerst zuletzt erstmals endlich bald sogar nur gerade "
        "vorerst weiterhin jüngst kürzlich nun also ja nein doch offiziell aktuell wieso weswegen wozu "
        "wodurch womit wofür"),
    "NOT_NAMES": _MONTHS | _WEEKDAYS | _words(
        "uhr prozent euro mark dollar millionen milliarden mio mrd tsd mill bio"),
    "CONNECTORS": _words("von vom zu van de"),
    # joined to a given name only: ``Karl-Theodor zu Guttenberg``, not ``Lena Irps vom STV``
    "NAME_PARTICLES": _words("vom zu"),
    "TITLE_HEADS": _words(
        "präsident präsidentin bundespräsident bundeskanzler bundeskanzlerin kanzler kanzlerin minister "
        "ministerin bundesminister bundesministerin ministerpräsident ministerpräsidentin außenminister "
        "außenministerin innenminister innenministerin finanzminister finanzministerin verteidigungsminister "
        "sprecher sprecherin regierungssprecher regierungssprecherin vorsitzende vorsitzender chef chefin "
        "direktor direktorin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin "
        "botschafter botschafterin könig königin prinz prinzessin papst general oberst richter richterin "
        "staatsanwalt staatsanwältin abgeordnete abgeordneter senator senatorin gouverneur trainer "
        "bundestrainer kapitän torwart stürmer landrat landrätin bischof kardinal pfarrer professor "
        "professorin doktor dr prof herr frau generalsekretär generalsekretärin vizekanzler "
        "staatssekretär staatssekretärin parteichef parteichefin fraktionschef fraktionschefin "
        "vorstandschef vorstandschefin konzernchef konzernchefin "
        # callings and roles printed before a name, also as a compound's head
        # (``CSU-Politiker Straubinger``, ``Dirigent Yehudi Menuhin``)
        "politiker politikerin dirigent dirigentin pianist pianistin sänger sängerin "
        "schauspieler schauspielerin regisseur regisseurin autor autorin schriftsteller "
        "schriftstellerin künstler künstlerin maler malerin musiker musikerin komponist "
        "komponistin journalist journalistin moderator moderatorin nationalspieler "
        "nationalspielerin mittelfeldspieler verteidiger torhüter manager managerin "
        "geschäftsführer geschäftsführerin gründer gründerin unternehmer unternehmerin "
        "anwalt anwältin rechtsanwalt rechtsanwältin kommissar kommissarin ökonom ökonomin "
        "wissenschaftler wissenschaftlerin forscher forscherin kandidat kandidatin "
        "spitzenkandidat spitzenkandidatin fraktionsvize parteikollege parteikollegin "
        "parteifreund parteifreundin ehefrau ehemann witwe"),
    "HONORIFICS": _words("herr frau dr prof"),
    "ORG_WORDS": _words(
        "fc sv bsc ag gmbh kg ohg se ev e.v. bank partei regierung ministerium bundesregierung "
        "landesregierung "
        "verein verband gewerkschaft universität hochschule institut stiftung gericht bundesgericht "
        "polizei bundeswehr armee konzern gruppe zeitung rundfunk verlag rat parlament bundestag "
        "bundesrat landtag kommission agentur amt behörde bundesamt landesamt "
        # the press (``Berliner Kurier``, ``Passauer Neue Presse``), banks, theatres,
        # orchestras, courts and leagues, also inflected (``des Marburger Bundes``)
        "kurier kuriers rundschau anzeiger nachrichten presse morgenpost abendblatt tageblatt "
        "tagblatt volkszeitung merkur sparkasse volksbank landesbank stadtwerke "
        "verkehrsbetriebe kammerspiele kammerspielen philharmoniker symphoniker sinfoniker "
        "staatsoper staatstheater schauspielhaus bund bundes gerichtshof gerichtshofs "
        "gerichtshofes strafgerichtshof strafgerichtshofs strafgerichtshofes komitee komitees "
        "liga akademie fachhochschule klinikum kolleg gymnasium realschule gesamtschule"),
    # what a name after them is (``Autobauer Peugeot``, ``Gemeinde Karlstein``), also as
    # the head of a compound (``Rüstungskonzern``, ``Nachbargemeinde``)
    "ORG_NOUNS": _words(
        "konzern unternehmen firma hersteller autobauer autohersteller händler anbieter betreiber "
        "versicherer versicherung bank sparkasse kette zeitung zeitschrift magazin blatt sender "
        "fernsehsender radiosender verlag agentur nachrichtenagentur partei verein klub club "
        "mannschaft team verband gewerkschaft institut stiftung gruppe holding tochter "
        "konkurrent rivale marke label band zweitligist erstligist bundesligist aufsteiger "
        "absteiger tabellenführer spitzenreiter gegner reederei anlagenbauer maschinenbauer "
        "ensemble orchester chor studio studios kaufhaus brauerei kellerei werft"),
    "PLACE_NOUNS": _words(
        "stadt gemeinde dorf ort ortschaft ortsteil stadtteil kreis landkreis bezirk region "
        "provinz bundesland land staat hauptstadt metropole insel kanton distrikt landeshauptstadt "
        "kreisstadt kurort heimat heimatstadt heimatort"),
    # last words of places' names: streets, squares, waters, mountains, buildings
    # (``Schwabacher Straße``, ``Pariser Platz``, ``Tegeler See``, ``Brandenburger Tor``)
    "LOC_WORDS": _words(
        "straße strasse allee gasse chaussee ufer bucht gebirge kanal insel inseln hauptbahnhof "
        "flughafen"),
    # last words of places' names that are also surnames or plain nouns: a place after an
    # adjective made of a place (``Pariser Platz``, ``Brandenburger Tor``), not after a given
    # name (``Christian Platz``) nor a noun (``Richtung Bahnhof``)
    "LOC_WORDS_AFTER_ADJECTIVE": _words(
        "platz weg ring damm steig brücke see tor berg tal hafen bahnhof park markt wald heide "
        "rand land kreis"),
    # first words of places' names (``Bad Godesberg``, ``St. Moritz``, ``Sankt Augustin``,
    # and those the Romance languages lend: ``San Remo``, ``Monte Carlo``, ``Mont Ventoux``)
    "LOC_FIRST_WORDS": _words("bad st sankt san santa monte mont saint"),
    "STREET_ENDINGS": _words("straße gasse allee chaussee platz weg damm ring ufer steig"),
    "STREET_ENDINGS_NAMED": _words("platz weg damm ring ufer steig"),
    # endings of adverbs, adjectives, participles and verb forms that open sentences
    # (``Tatsächlich``, ``Wichtig``, ``Geplant``, ``Besonders``, ``Gibt``, ``Sollten``)
    "NOT_NAME_ENDINGS": _words(
        "lich ig isch bar sam haft los voll weise dings mal mals hin her halb seits wärts end "
        "ens st t e en ern es em"),
    # agencies and broadcasters printed in lower case: ``Berlin (dpa)``, ``(ots)``
    "LOWER_CASE_ORGS": _words("dpa dpa-AFX ddp ots epd kna sid apa n-tv"),
    # ``bei Peugeot``, ``beim Konkurrenten``: one works, buys or plays at a company or club
    "ORG_BEFORE_WORDS": _words("bei"),
    # adjectives in -ig, -lich, -isch and -end, inflected, and their superlatives, used as
    # nouns (``Hochprozentigem``, ``Gesellschaftliches``, ``Wichtigsten``, ``Tuendes``); not
    # -iger, which ends surnames (``Schweiger``, ``Geiger``)
    "ADJECTIVE_ENDINGS": frozenset(
        stem + grade + inflection for stem in ("ig", "lich", "isch", "end")
        for grade in ("", "st") for inflection in ("e", "es", "em", "er", "en")
        if not (stem == "end" and grade) and stem + grade + inflection != "iger"),
    "CLUB_WORDS": _words("fc sc sv tsv vfb vfl tsg fsv ssv spvgg sg bsc vfr sku fsc hsv bvb"),
    "GENITIVE_ENDINGS": _words("s"),
    "PLACE_ENDINGS": _words(
        "dorf hausen heim ingen stadt tal feld bach brück brücken furt kirchen leben see born rode "
        "roda stedt städt hofen weiler wald hagen rath münde werder au"),
    "ORG_FIRST_WORDS": _words(
        "bank deutsche deutscher deutsches bundesamt landesamt universität institut stiftung verein "
        "verband partei ministerium gericht amt "
        # adjectives that open the names of bodies (``Internationaler Gerichtshof``,
        # ``Deutsche Eishockey-Liga``, ``Evangelische Kirche``), as inflected after an article
        "deutschen internationale internationaler internationalen europäische europäischer "
        "europäischen evangelische evangelischen katholische katholischen norddeutsche "
        "norddeutschen süddeutsche süddeutschen westdeutsche westdeutschen ostdeutsche "
        "ostdeutschen vereinte vereinten "
        # sports clubs: ``FC Schalke``, ``VfB Stuttgart``, ``Eintracht Frankfurt``
        "fc sc sv tsv vfb vfl tsg fsv ssv spvgg sg bsc vfr sku borussia eintracht fortuna arminia "
        "alemannia hertha"),
    "ORGS": _names(
        "dpa, ddp, ap, afp, reuters, epd, kna, sid, spd, cdu, csu, fdp, afd, grüne, grünen, die grünen, "
        "linke, die linke, pds, npd, bundestag, bundesrat, bundeswehr, "
        "bundesverfassungsgericht, bundesgerichtshof, bundesbank, bundesanstalt für arbeit, "
        "bundesagentur für arbeit, ezb, eu, uno, un, nato, opec, iwf, oecd, wto, dgb, verdi, ig metall, "
        "bdi, dihk, siemens, daimler, daimlerchrysler, volkswagen, vw, bmw, basf, bayer, hoechst, "
        "lufthansa, deutsche bank, commerzbank, dresdner bank, allianz, telekom, deutsche telekom, "
        "deutsche bahn, bahn, post, deutsche post, thyssenkrupp, thyssen, krupp, rwe, eon, e.on, sap, "
        "adidas, puma, porsche, audi, opel, bosch, zdf, ard, rtl, sat.1, spiegel, der spiegel, "
        "stern, focus, bild-zeitung, faz, süddeutsche zeitung, die zeit, taz, die welt, "
        "fc bayern, bayern münchen, borussia dortmund, schalke, hertha bsc, werder bremen, hsv, "
        "stasi, gestapo, wehrmacht, bundesliga, "
        # the CDU/CSU as German politics names it, and the press and broadcasters in their
        # inflected forms (``der Frankfurter Allgemeinen Zeitung``)
        "union, frankfurter allgemeine, frankfurter allgemeinen, frankfurter allgemeine zeitung, "
        "frankfurter allgemeinen zeitung, frankfurter allgemeine sonntagszeitung, "
        "frankfurter allgemeinen sonntagszeitung, süddeutschen zeitung, frankfurter rundschau, "
        "financial times deutschland, handelsblatt, tagesspiegel, der tagesspiegel, "
        "berliner zeitung, welt am sonntag, bild am sonntag, bild-zeitung, "
        "hessischer rundfunk, hessischen rundfunks, bayerischer rundfunk, bayerischen rundfunks, "
        "westdeutscher rundfunk, westdeutschen rundfunks, norddeutscher rundfunk, "
        "norddeutschen rundfunks, mitteldeutscher rundfunk, mitteldeutschen rundfunks, "
        "südwestrundfunk, deutschlandfunk, deutsche welle, n-tv, dpa-afx, werder, "
        # parties of the German-speaking countries, by the names and forms the press uses
        "linken, die linken, linkspartei, wasg, dvu, republikaner, piratenpartei, freie wähler, "
        "sed, nsdap, övp, spö, fpö, bzö, svp, cvp, "
        # public bodies, federal and international, and associations
        "bundeskriminalamt, bka, bundesnachrichtendienst, bnd, bundeskartellamt, "
        "bundesnetzagentur, verfassungsschutz, bundesamt für verfassungsschutz, "
        "bundesrechnungshof, bundessozialgericht, bundesarbeitsgericht, bundesfinanzhof, "
        "bundesverwaltungsgericht, bafin, bundesärztekammer, umweltbundesamt, "
        "statistisches bundesamt, destatis, landeskriminalamt, lka, europäische union, "
        "europäische kommission, eu-kommission, europäisches parlament, europaparlament, "
        "europäische zentralbank, europarat, vereinte nationen, weltbank, iaea, unicef, unesco, "
        "who, fao, unhcr, isaf, kfor, interpol, europol, fbi, cia, nsa, mossad, kgb, fsb, nasa, "
        "esa, cern, hamas, hisbollah, taliban, al-qaida, fatah, plo, eta, ira, pkk, gestapo, "
        "dfb, dfl, dosb, uefa, fifa, ioc, adac, tüv, dekra, drk, thw, caritas, diakonie, "
        "greenpeace, amnesty international, attac, wwf, bdi, bda, zdh, ig bce, ver.di, "
        "max-planck-gesellschaft, fraunhofer-gesellschaft, "
        # broadcasters, papers and agencies
        "orf, srf, sf drs, prosieben, pro7, n24, arte, 3sat, wdr, ndr, mdr, swr, rbb, "
        "tagesschau, heute-journal, bild am sonntag, bild.de, spiegel online, stern.de, focus online, "
        "die welt, welt online, berliner morgenpost, hamburger abendblatt, kölner stadt-anzeiger, "
        "rheinische post, waz, neue zürcher zeitung, nzz, tages-anzeiger, der standard, "
        "kronen zeitung, wirtschaftswoche, manager magazin, münchner merkur, abendzeitung, "
        "stuttgarter zeitung, stuttgarter nachrichten, leipziger volkszeitung, "
        "mitteldeutsche zeitung, sächsische zeitung, new york times, washington post, "
        "wall street journal, financial times, daily telegraph, daily mail, le monde, le figaro, "
        "corriere della sera, la repubblica, el país, apa, sda, kna, epd, ddp, afx, "
        # companies known by their names alone
        "adidas, beiersdorf, brenntag, continental, covestro, deutsche börse, e.on, fresenius, "
        "heidelbergcement, henkel, infineon, linde, merck, münchener rück, munich re, "
        "hochtief, salzgitter, lanxess, tui, hapag-lloyd, hugo boss, evonik, fraport, osram, "
        "qiagen, schaeffler, mahle, bertelsmann, axel springer, burda, holtzbrinck, "
        "prosiebensat.1, postbank, hypovereinsbank, hypo real estate, dz bank, kfw, lbbw, "
        "bayernlb, hsh nordbank, westlb, ubs, credit suisse, goldman sachs, jp morgan, "
        "morgan stanley, citigroup, lehman brothers, merrill lynch, barclays, hsbc, "
        "bnp paribas, santander, unicredit, ergo, axa, generali, swiss re, "
        "mercedes, mercedes-benz, chrysler, fiat, renault, peugeot, citroën, toyota, honda, "
        "nissan, mazda, mitsubishi, subaru, suzuki, hyundai, kia, volvo, saab, skoda, "
        "ferrari, lamborghini, maserati, alfa romeo, jaguar, land rover, rolls-royce, bentley, "
        "tesla, scania, iveco, general motors, gm, "
        "google, apple, microsoft, ibm, intel, amd, nvidia, samsung, sony, panasonic, philips, "
        "nokia, ericsson, motorola, toshiba, hitachi, fujitsu, canon, nikon, hewlett-packard, "
        "oracle, sun microsystems, yahoo, ebay, amazon, facebook, twitter, youtube, skype, "
        "cisco, qualcomm, vodafone, e-plus, t-mobile, telefónica, deutsche telekom, "
        "lufthansa, air berlin, ryanair, easyjet, air france, klm, british airways, "
        "aldi, lidl, rewe, edeka, karstadt, arcandor, kaufhof, tchibo, schlecker, ikea, "
        "nike, coca-cola, nestlé, unilever, danone, mcdonald's, starbucks, exxonmobil, "
        "gazprom, rosneft, lukoil, vattenfall, enbw, airbus, boeing, eads, bombardier, alstom, "
        "pfizer, novartis, roche, sanofi, glaxosmithkline, astrazeneca, boehringer ingelheim, "
        "walmart, wal-mart, nintendo, "
        # football clubs by the names the sports pages use
        "fc bayern münchen, bvb, schalke 04, fc schalke 04, hamburger sv, vfb stuttgart, "
        "vfl wolfsburg, bayer leverkusen, bayer 04 leverkusen, hertha, eintracht frankfurt, "
        "1. fc köln, fc köln, borussia mönchengladbach, hannover 96, 1. fc nürnberg, "
        "fc nürnberg, 1. fc kaiserslautern, fc kaiserslautern, mainz 05, fsv mainz 05, "
        "sc freiburg, vfl bochum, arminia bielefeld, energie cottbus, hansa rostock, "
        "msv duisburg, karlsruher sc, ksc, tsg hoffenheim, fc st. pauli, union berlin, "
        "fortuna düsseldorf, dynamo dresden, fc augsburg, tsv 1860 münchen, real madrid, "
        "fc barcelona, manchester united, manchester city, fc chelsea, fc liverpool, "
        "juventus turin, inter mailand, ac mailand, as rom, lazio rom, ajax amsterdam, "
        "psv eindhoven, fc porto, benfica lissabon, olympique lyon, galatasaray, fenerbahce, "
        "rapid wien, austria wien, fc basel, grasshoppers"),
    "LOCATIONS": _names(
        "deutschland, bundesrepublik, brd, ddr, frankreich, italien, spanien, großbritannien, "
        "england, schottland, irland, niederlande, holland, belgien, luxemburg, österreich, schweiz, "
        "dänemark, schweden, norwegen, finnland, polen, tschechien, slowakei, ungarn, rumänien, "
        "bulgarien, griechenland, türkei, russland, ukraine, weißrussland, litauen, lettland, estland, "
        "kroatien, serbien, bosnien, kosovo, albanien, mazedonien, slowenien, jugoslawien, "
        "sowjetunion, vereinigte staaten, vereinigten staaten, vereinigte arabische emirate, "
        "vereinigten arabischen emiraten, usa, amerika, kanada, mexiko, brasilien, argentinien, "
        "china, japan, indien, pakistan, afghanistan, iran, irak, israel, syrien, libanon, "
        "jordanien, ägypten, libyen, tunesien, algerien, marokko, saudi-arabien, südafrika, "
        "australien, neuseeland, europa, asien, afrika, nahost, naher osten, balkan, "
        "berlin, hamburg, münchen, köln, frankfurt, stuttgart, düsseldorf, dortmund, essen, bremen, "
        "hannover, leipzig, dresden, nürnberg, duisburg, bochum, wuppertal, bielefeld, bonn, "
        "münster, karlsruhe, mannheim, augsburg, wiesbaden, mainz, kiel, lübeck, rostock, "
        "magdeburg, erfurt, potsdam, schwerin, saarbrücken, freiburg, heidelberg, regensburg, "
        "würzburg, wien, zürich, genf, bern, basel, paris, rom, mailand, madrid, lissabon, "
        "brüssel, den haag, amsterdam, kopenhagen, stockholm, oslo, helsinki, warschau, prag, "
        "budapest, bukarest, sofia, athen, moskau, kiew, peking, tokio, neu-delhi, washington, "
        "new york, jerusalem, kairo, bayern, baden-württemberg, nordrhein-westfalen, niedersachsen, "
        "hessen, sachsen, sachsen-anhalt, thüringen, brandenburg, mecklenburg-vorpommern, "
        "schleswig-holstein, rheinland-pfalz, saarland, ostdeutschland, westdeutschland, "
        "rhein, elbe, donau, main, ostsee, nordsee, alpen"),
    "DEMONYMS": _words(
        "deutsche deutschen deutscher franzosen franzose italiener amerikaner briten engländer "
        "russen russe chinesen japaner türken polen österreicher schweizer europäer palästinenser "
        "israelis araber muslime christen katholiken protestanten juden"),
    "CUE_VERBS": _words(
        "sagte sagten sagt erklärte erklärt betonte betont meinte meint fügte kündigte teilte "
        "berichtete berichtet warnte warnt forderte fordert"),
}
