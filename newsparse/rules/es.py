"""Spanish (``es``): the words the parsers need for Spanish news text."""

from __future__ import annotations

from collections.abc import Mapping

from ._build import names as _names
from ._build import words as _words

_MONTHS = _words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
                 "noviembre diciembre ene feb mar abr may jun jul ago sep sept oct nov dic")
_WEEKDAYS = _words("lunes martes miércoles jueves viernes sábado domingo")

#: Vocabularies added to :class:`newsparse.entities.EntityParser`'s class attributes of the
#: same names when the text is Spanish.
ENTITIES: Mapping[str, frozenset[str]] = {
    # Articles, prepositions, pronouns and other words that open sentences in capitals.
    "FUNCTION_WORDS": _words(
        "el la los las lo un una unos unas al del de en con por para sin sobre entre desde hasta hacia "
        "según tras ante bajo contra durante mediante y e o u ni pero aunque sino que qué quien quién "
        "quienes cual cuál cuales cuando cuándo donde dónde como cómo cuanto si sí no ya también además "
        "así este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso ello él ella "
        "ellos ellas nosotros vosotros usted ustedes yo tú mi mis tu tus su sus nuestro nuestra nuestros "
        "nuestras se le les me te nos es son fue fueron era eran ha han había hay será serán sea está "
        "están estaba otro otra otros otras todo toda todos todas cada mientras muy más menos mucho mucha "
        "muchos muchas poco pocos pocas tanto tanta tantos tantas uno dos tres cuatro cinco seis siete ocho "
        "nueve diez cien mil primer primero primera segundo segunda tercer tercero tercera último última"),
    "SENTENCE_WORDS": _words(
        "sin embargo asimismo además entonces luego después antes ahora hoy ayer mañana anoche finalmente "
        "también tampoco incluso aun aún solo sólo según respecto cuanto pues porque aunque mientras "
        "durante fuentes portavoz presidente ministro ministra policía agentes vecinos expertos "
        "analistas ciudadanos nuevo nueva nuevos nuevas gran grandes mayor menor alto alta bajo baja "
        "fin tras hace dicho dicha dichos dichas cabe destacar hay han fue ha se"),
    "NOT_NAMES": _MONTHS | _WEEKDAYS | _words("gmt hora horas euros euro dólares pesetas"),
    "CONNECTORS": _words("de del la las los y e da do dos"),
    # ``y``/``e`` join two names (``España y Portugal``) more often than one (``Ortega y Gasset``).
    "COORDINATORS": _words("y e"),
    # Capitalised within a sentence, an article is part of the name: ``en La Rioja``, ``El Cairo``.
    "NAME_ARTICLES": _words("el la los las"),
    # ``presidente del Gobierno``: the title, then the institution it heads.
    "TITLE_OF_GAPS": _names("de, del, de la, de los, de las"),
    # ``ministro de Economía``, ``consejera de Sanidad``: the field a title answers for.
    "PORTFOLIO_TITLES": _words(
        "ministro ministra ministros consejero consejera consejeros conseller consellera secretario "
        "secretaria titular cartera ministerio departamento comisario comisaria concejal concejala "
        "viceministro viceministra subsecretario subsecretaria"),
    # Before a place, not a club: ``en Valencia`` (but ``el Valencia``, ``ante el Valencia`` is the club).
    "PLACE_PREPOSITIONS": _words("en de desde a hacia hasta por"),
    # An unknown name after these is a place: ``en Sotrondio``.
    "IN_PLACE_WORDS": _words("en desde"),
    # Words of sports reports (see ``EntityParser.SPORTS_WORDS``).
    "SPORTS_WORDS": _words(
        "fútbol futbol baloncesto balonmano ciclismo tenis atletismo gol goles golazo partido partidos liga "
        "jornada entrenador delantero centrocampista portero defensa árbitro penalti penalty córner "
        "goleador goleó empate empató empataron venció vencieron derrotó derrota victoria campeonato "
        "torneo temporada clasificación descenso ascenso eliminatoria semifinal semifinales final "
        "etapa ciclista ciclistas equipo equipos jugador jugadores selección seleccionador estadio afición "
        "marcador minuto prórroga copa mundial olímpico olímpicos medalla fichaje fichó plantilla "
        "titular suplente lesión canasta canastas puntos rebotes set sets"),
    # Sports clubs' abbreviations before the name: ``FC. Barcelona``, ``At. Madrid``, ``CB. Gran Canaria``.
    "ABBREVIATIONS": _words("fc cf cd ud sd rcd cb bm at ad cp sad cdm cse"),
    "TITLE_HEADS": _words(
        "presidente presidenta ministro ministra secretario secretaria portavoz director directora alcalde "
        "alcaldesa rey reina príncipe princesa infanta infante papa general coronel teniente capitán "
        "comandante almirante juez jueza fiscal embajador embajadora consejero consejera diputado diputada "
        "senador senadora gobernador gobernadora líder jefe jefa delegado delegada vicepresidente "
        "vicepresidenta canciller comisario comisaria defensor defensora "
        "entrenador seleccionador delantero centrocampista defensa portero árbitro obispo arzobispo "
        "cardenal padre monseñor doctor doctora profesor profesora abogado abogada"),
    "HONORIFICS": _words("don doña señor señora sr sra srta dr dra d dña"),
    # capitalised, ``Don``/``Doña`` are written as part of the name: ``Doña Sofía``
    "NAME_HONORIFICS": _words("don doña"),
    "TITLE_MODIFIERS": _words(
        "primer primera vice adjunto adjunta general nacional regional federal ejecutivo ejecutiva jefe "
        "jefa exterior exteriores interior defensa economía hacienda justicia sanidad educación trabajo "
        "fomento industria agricultura cultura medio ambiente estado ex expresidente actual"),
    # Spanish names put the word that makes them an organisation first: Banco Central.
    "ORG_FIRST_WORDS": _words(
        "banco ministerio junta guardia partido tribunal comisión consejo universidad ayuntamiento "
        "gobierno fundación asociación federación sindicato confederación agencia instituto hospital real "
        "club unión cámara audiencia generalitat diputación empresa grupo compañía sociedad corporación caja "
        "policía ejército fuerzas frente movimiento organización oficina comité departamento servicio "
        "dirección secretaría consejería congreso senado parlamento colegio escuela academia cruz "
        "fiscalía defensoría cadena radio televisión diario periódico revista editorial corte sala "
        "brigada comando delegación embajada consulado patronal coordinadora plataforma red centro "
        "museo teatro orquesta iglesia conferencia comunidad autoridad"),
    "ORG_WORDS": _words(
        "sa sl sau sal spa gobierno congreso senado parlamento ministerio ayuntamiento policía ejército "
        "unidas unida"),
    "ORGS": _names(
        "efe, efecom, europa press, agencia efe, psoe, pp, iu, ciu, pnv, erc, bng, cc, upn, ugt, ccoo, "
        "cc.oo., ceoe, cepyme, onu, otan, ue, fmi, bce, ocde, opep, unesco, unicef, eta, gal, farc, eln, "
        "guardia civil, policía nacional, ertzaintza, mossos d'esquadra, generalitat, xunta, "
        "gobierno vasco, audiencia nacional, tribunal supremo, tribunal constitucional, "
        "consejo de ministros, banco de españa, comisión europea, parlamento europeo, naciones unidas, "
        "casa blanca, real madrid, fc barcelona, atlético de madrid, telefónica, repsol, iberdrola, "
        "endesa, bbva, banco santander, banesto, la caixa, el corte inglés, renfe, iberia, seat, rtve, tve, "
        "el país, el mundo, abc, la vanguardia, el periódico, cadena ser, cope, antena 3, telecinco, "
        "cepsa, inem, ine, cis, cgpj, pri, pan, prd, "
        # institutions named by their common noun, capitalised: ``el Gobierno aprobó``
        "gobierno, ejecutivo, congreso, senado, parlamento, generalitat, xunta, ejército, administración, "
        "ayuntamiento, diputación, cabildo, policía, junta"),
    "LOCATIONS": _names(
        "españa, francia, alemania, italia, reino unido, gran bretaña, inglaterra, escocia, gales, irlanda, "
        "estados unidos, eeuu, ee.uu., bélgica, países bajos, holanda, suiza, suecia, noruega, dinamarca, "
        "finlandia, islandia, rusia, china, japón, corea del sur, corea del norte, brasil, méxico, perú, "
        "chile, colombia, venezuela, ecuador, bolivia, uruguay, paraguay, argentina, cuba, panamá, "
        "nicaragua, honduras, guatemala, el salvador, costa rica, república dominicana, puerto rico, "
        "haití, marruecos, argelia, túnez, libia, egipto, turquía, grecia, polonia, hungría, rumanía, "
        "rumania, bulgaria, checa, república checa, eslovaquia, eslovenia, croacia, serbia, bosnia, "
        "albania, macedonia, ucrania, bielorrusia, lituania, letonia, estonia, chechenia, kosovo, "
        "austria, luxemburgo, portugal, sudáfrica, canadá, australia, nueva zelanda, india, pakistán, "
        "afganistán, irán, irak, israel, palestina, siria, líbano, jordania, arabia saudí, arabia saudita, "
        "kuwait, yemen, filipinas, indonesia, tailandia, vietnam, camboya, birmania, sierra leona, "
        "nigeria, kenia, etiopía, somalia, sudán, ruanda, angola, mozambique, guinea ecuatorial, "
        "senegal, mauritania, sáhara, sáhara occidental, yugoslavia, unión soviética, urss, europa, "
        "áfrica, asia, américa, latinoamérica, iberoamérica, oriente medio, oriente próximo, "
        "magreb, mediterráneo, atlántico, pacífico, caribe, balcanes, londres, nueva york, bruselas, "
        "fráncfort, francfort, parís, berlín, bonn, roma, moscú, pekín, tokio, ginebra, estrasburgo, "
        "lisboa, atenas, varsovia, viena, praga, estocolmo, el cairo, la habana, washington, "
        "jerusalén, bagdad, teherán, estambul, milán, múnich, nápoles, florencia, venecia, "
        "la haya, ámsterdam, copenhague, oslo, helsinki, dublín, edimburgo, budapest, bucarest, "
        "belgrado, sarajevo, kiev, argel, rabat, túnez, trípoli, damasco, beirut, ammán, "
        "nueva delhi, bombay, pekín, shanghái, hong kong, seúl, manila, yakarta, sidney, sídney, "
        "ciudad de méxico, méxico df, bogotá, caracas, lima, quito, la paz, santiago de chile, "
        "buenos aires, montevideo, asunción, brasilia, río de janeiro, sao paulo, são paulo, "
        "cataluña, andalucía, galicia, país vasco, euskadi, castilla y león, castilla-la mancha, "
        "castilla la mancha, extremadura, aragón, navarra, asturias, cantabria, la rioja, murcia, "
        "comunidad valenciana, valencia, canarias, islas canarias, baleares, islas baleares, madrid, "
        "barcelona, sevilla, zaragoza, málaga, bilbao, vitoria, san sebastián, pamplona, "
        "santander, oviedo, gijón, la coruña, a coruña, vigo, santiago de compostela, valladolid, "
        "salamanca, burgos, león, toledo, córdoba, granada, almería, cádiz, huelva, jaén, "
        "alicante, castellón, palma, palma de mallorca, las palmas, santa cruz de tenerife, "
        "tenerife, mallorca, ibiza, menorca, gerona, girona, lérida, lleida, tarragona, logroño, "
        "cáceres, badajoz, mérida, ceuta, melilla"),
    "LOC_FIRST_WORDS": _words(
        "islas isla río mar monte sierra cabo golfo lago puerto villa ciudad calle plaza avenida paseo "
        "provincia región comarca valle península estrecho"),
    "MISC_FIRST_WORDS": _words(
        "copa liga campeonato mundial juegos premio premios festival guerra operación plan ley tratado "
        "acuerdo pacto torneo trofeo gran vuelta olimpiadas"),
    "DEMONYMS": _words(
        "español española españoles españolas francés francesa franceses alemán alemana alemanes "
        "italiano italiana italianos británico británica británicos inglés inglesa estadounidense "
        "estadounidenses norteamericano norteamericana norteamericanos ruso rusa rusos chino chinos "
        "japonés japonesa mexicano mexicana argentino argentinos chileno chilena peruano peruana "
        "colombiano colombiana venezolano venezolana cubano cubana brasileño brasileña portugués "
        "portuguesa europeo europea europeos vasco vasca vascos catalán catalana catalanes gallego "
        "gallega andaluz andaluza marroquí israelí israelíes palestino palestinos iraquí "
        "iraní árabe árabes musulmán musulmana islámico islámica católico católica"),
    "CUE_VERBS": _words(
        "dijo dice afirmó afirma declaró declara aseguró asegura explicó explica señaló señala indicó "
        "indica añadió añade manifestó manifiesta comentó comenta subrayó subraya destacó destaca "
        "advirtió advierte anunció anuncia precisó precisa reconoció reconoce insistió insiste"),
}
