extension BrazilGeography {
    /// Every state capital plus the largest cities, and at least one city per DDD.
    ///
    /// Populations are 2022-census-like. CEP ranges are the cities' Correios blocks where
    /// well known, otherwise a plausible block inside the state's range; no two cities overlap.
    public static let cities: [BrazilCity] = southeastCities + southCities + centerWestCities
        + northCities + northeastCities

    static let southeastCities: [BrazilCity] = [
        city("São Paulo", "SP", 11_451_245, 11, [01_000_000...05_999_999, 08_000_000...08_499_999], capital: true),
        city("Guarulhos", "SP", 1_291_771, 11, [07_000_000...07_399_999]),
        city("Campinas", "SP", 1_138_309, 19, [13_000_000...13_139_999]),
        city("São Bernardo do Campo", "SP", 810_729, 11, [09_600_000...09_899_999]),
        city("Santo André", "SP", 748_919, 11, [09_000_000...09_299_999]),
        city("Osasco", "SP", 728_615, 11, [06_000_000...06_299_999]),
        city("Sorocaba", "SP", 723_682, 15, [18_000_000...18_109_999]),
        city("Ribeirão Preto", "SP", 698_642, 16, [14_000_000...14_114_999]),
        city("São José dos Campos", "SP", 697_054, 12, [12_200_000...12_248_999]),
        city("São José do Rio Preto", "SP", 480_393, 17, [15_000_000...15_099_999]),
        city("Jundiaí", "SP", 443_221, 11, [13_200_000...13_219_999]),
        city("Piracicaba", "SP", 423_323, 19, [13_400_000...13_427_999]),
        city("Santos", "SP", 418_608, 13, [11_000_000...11_099_999]),
        city("Bauru", "SP", 379_146, 14, [17_000_000...17_109_999]),
        city("Presidente Prudente", "SP", 225_668, 18, [19_000_000...19_109_999]),
        city("Rio de Janeiro", "RJ", 6_211_223, 21, [20_000_000...23_799_999], capital: true),
        city("São Gonçalo", "RJ", 896_744, 21, [24_400_000...24_799_999]),
        city("Duque de Caxias", "RJ", 808_161, 21, [25_000_000...25_299_999]),
        city("Nova Iguaçu", "RJ", 785_867, 21, [26_000_000...26_099_999]),
        city("Campos dos Goytacazes", "RJ", 483_540, 22, [28_000_000...28_099_999]),
        city("Niterói", "RJ", 481_749, 21, [24_000_000...24_399_999]),
        city("Petrópolis", "RJ", 278_881, 24, [25_600_000...25_779_999]),
        city("Volta Redonda", "RJ", 261_563, 24, [27_200_000...27_299_999]),
        city("Vitória", "ES", 322_869, 27, [29_000_000...29_099_999], capital: true),
        city("Serra", "ES", 520_653, 27, [29_160_000...29_184_999]),
        city("Vila Velha", "ES", 467_722, 27, [29_100_000...29_129_999]),
        city("Cariacica", "ES", 353_491, 27, [29_140_000...29_159_999]),
        city("Cachoeiro de Itapemirim", "ES", 185_786, 28, [29_300_000...29_314_999]),
        city("Belo Horizonte", "MG", 2_315_560, 31, [30_000_000...31_999_999], capital: true),
        city("Uberlândia", "MG", 713_224, 34, [38_400_000...38_415_999]),
        city("Contagem", "MG", 621_863, 31, [32_000_000...32_399_999]),
        city("Juiz de Fora", "MG", 540_756, 32, [36_000_000...36_099_999]),
        city("Montes Claros", "MG", 414_240, 38, [39_400_000...39_409_999]),
        city("Betim", "MG", 411_846, 31, [32_600_000...32_699_999]),
        city("Uberaba", "MG", 337_836, 34, [38_000_000...38_099_999]),
        city("Governador Valadares", "MG", 257_171, 33, [35_000_000...35_099_999]),
        city("Divinópolis", "MG", 231_091, 37, [35_500_000...35_509_999]),
        city("Poços de Caldas", "MG", 163_742, 35, [37_700_000...37_719_999]),
    ]

    static let southCities: [BrazilCity] = [
        city("Curitiba", "PR", 1_773_718, 41, [80_000_000...82_999_999], capital: true),
        city("Londrina", "PR", 555_937, 43, [86_000_000...86_099_999]),
        city("Maringá", "PR", 409_657, 44, [87_000_000...87_099_999]),
        city("Ponta Grossa", "PR", 358_367, 42, [84_000_000...84_099_999]),
        city("Cascavel", "PR", 348_051, 45, [85_800_000...85_829_999]),
        city("São José dos Pinhais", "PR", 329_058, 41, [83_000_000...83_129_999]),
        city("Foz do Iguaçu", "PR", 285_415, 45, [85_850_000...85_869_999]),
        city("Pato Branco", "PR", 91_836, 46, [85_500_000...85_514_999]),
        city("Florianópolis", "SC", 537_211, 48, [88_000_000...88_099_999], capital: true),
        city("Joinville", "SC", 616_317, 47, [89_200_000...89_239_999]),
        city("Blumenau", "SC", 361_261, 47, [89_000_000...89_099_999]),
        city("São José", "SC", 270_299, 48, [88_100_000...88_122_999]),
        city("Itajaí", "SC", 264_054, 47, [88_300_000...88_319_999]),
        city("Chapecó", "SC", 254_781, 49, [89_800_000...89_816_999]),
        city("Porto Alegre", "RS", 1_332_570, 51, [90_000_000...91_999_999], capital: true),
        city("Caxias do Sul", "RS", 463_338, 54, [95_000_000...95_124_999]),
        city("Canoas", "RS", 347_657, 51, [92_000_000...92_499_999]),
        city("Pelotas", "RS", 325_685, 53, [96_000_000...96_099_999]),
        city("Santa Maria", "RS", 271_735, 55, [97_000_000...97_119_999]),
        city("Passo Fundo", "RS", 206_215, 54, [99_000_000...99_099_999]),
    ]

    static let centerWestCities: [BrazilCity] = [
        city("Brasília", "DF", 2_817_068, 61, [70_000_000...72_799_999, 73_000_000...73_699_999], capital: true),
        city("Goiânia", "GO", 1_437_237, 62, [74_000_000...74_899_999], capital: true),
        city("Aparecida de Goiânia", "GO", 527_550, 62, [74_900_000...74_999_999]),
        city("Anápolis", "GO", 398_869, 62, [75_000_000...75_159_999]),
        city("Rio Verde", "GO", 225_696, 64, [75_900_000...75_909_999]),
        city("Cuiabá", "MT", 650_877, 65, [78_000_000...78_109_999], capital: true),
        city("Várzea Grande", "MT", 300_078, 65, [78_110_000...78_169_999]),
        city("Rondonópolis", "MT", 244_911, 66, [78_700_000...78_749_999]),
        city("Campo Grande", "MS", 898_100, 67, [79_000_000...79_129_999], capital: true),
        city("Dourados", "MS", 243_368, 67, [79_800_000...79_849_999]),
    ]

    static let northCities: [BrazilCity] = [
        city("Manaus", "AM", 2_063_547, 92, [69_000_000...69_099_999], capital: true),
        city("Parintins", "AM", 96_372, 92, [69_150_000...69_154_999]),
        city("Tefé", "AM", 73_669, 97, [69_550_000...69_554_999]),
        city("Belém", "PA", 1_303_389, 91, [66_000_000...66_999_999], capital: true),
        city("Ananindeua", "PA", 478_778, 91, [67_000_000...67_199_999]),
        city("Santarém", "PA", 331_942, 93, [68_000_000...68_109_999]),
        city("Marabá", "PA", 266_533, 94, [68_500_000...68_514_999]),
        city("Porto Velho", "RO", 460_434, 69, [76_800_000...76_834_999], capital: true),
        city("Ji-Paraná", "RO", 124_333, 69, [76_900_000...76_914_999]),
        city("Macapá", "AP", 442_933, 96, [68_900_000...68_914_999], capital: true),
        city("Santana", "AP", 107_618, 96, [68_925_000...68_929_999]),
        city("Boa Vista", "RR", 413_486, 95, [69_300_000...69_339_999], capital: true),
        city("Rio Branco", "AC", 364_756, 68, [69_900_000...69_920_999], capital: true),
        city("Cruzeiro do Sul", "AC", 91_888, 68, [69_980_000...69_981_999]),
        city("Palmas", "TO", 302_692, 63, [77_000_000...77_249_999], capital: true),
        city("Araguaína", "TO", 171_301, 63, [77_800_000...77_829_999]),
    ]

    static let northeastCities: [BrazilCity] = [
        city("Salvador", "BA", 2_417_678, 71, [40_000_000...41_999_999], capital: true),
        city("Feira de Santana", "BA", 616_272, 75, [44_000_000...44_149_999]),
        city("Vitória da Conquista", "BA", 370_868, 77, [45_000_000...45_099_999]),
        city("Camaçari", "BA", 300_372, 71, [42_800_000...42_849_999]),
        city("Juazeiro", "BA", 237_821, 74, [48_900_000...48_909_999]),
        city("Itabuna", "BA", 186_708, 73, [45_600_000...45_614_999]),
        city("Fortaleza", "CE", 2_428_708, 85, [60_000_000...60_999_999], capital: true),
        city("Caucaia", "CE", 355_679, 85, [61_600_000...61_659_999]),
        city("Juazeiro do Norte", "CE", 286_120, 88, [63_000_000...63_099_999]),
        city("Sobral", "CE", 203_023, 88, [62_000_000...62_119_999]),
        city("Recife", "PE", 1_488_920, 81, [50_000_000...52_999_999], capital: true),
        city("Jaboatão dos Guararapes", "PE", 643_759, 81, [54_000_000...54_499_999]),
        city("Petrolina", "PE", 386_791, 87, [56_300_000...56_339_999]),
        city("Caruaru", "PE", 378_048, 81, [55_000_000...55_099_999]),
        city("Olinda", "PE", 349_976, 81, [53_000_000...53_399_999]),
        city("São Luís", "MA", 1_037_775, 98, [65_000_000...65_099_999], capital: true),
        city("Imperatriz", "MA", 273_110, 99, [65_900_000...65_919_999]),
        city("Maceió", "AL", 957_916, 82, [57_000_000...57_099_999], capital: true),
        city("Arapiraca", "AL", 234_696, 82, [57_300_000...57_319_999]),
        city("Teresina", "PI", 866_300, 86, [64_000_000...64_099_999], capital: true),
        city("Parnaíba", "PI", 162_159, 86, [64_200_000...64_219_999]),
        city("Picos", "PI", 83_090, 89, [64_600_000...64_607_999]),
        city("João Pessoa", "PB", 833_932, 83, [58_000_000...58_099_999], capital: true),
        city("Campina Grande", "PB", 419_379, 83, [58_400_000...58_439_999]),
        city("Natal", "RN", 751_300, 84, [59_000_000...59_139_999], capital: true),
        city("Mossoró", "RN", 264_577, 84, [59_600_000...59_649_999]),
        city("Aracaju", "SE", 602_757, 79, [49_000_000...49_099_999], capital: true),
        city("Nossa Senhora do Socorro", "SE", 192_330, 79, [49_160_000...49_169_999]),
    ]

    private static func city(
        _ name: String, _ uf: String, _ population: Int, _ ddd: Int, _ cepRanges: [ClosedRange<Int>],
        capital: Bool = false
    ) -> BrazilCity {
        BrazilCity(name: name, uf: uf, population: population, ddd: ddd, cepRanges: cepRanges, isCapital: capital)
    }
}
