extension NameTables {
    /// United States names.
    ///
    /// Given-name weights are thousands of bearers, shaped after the Social Security
    /// Administration's hundred-year popularity list; surname weights are thousands of
    /// bearers after the 2010 census surname table (Smith, Johnson, Williams, ...).
    /// Hyphenated double surnames are rare, and compound given names rarer still.
    public static let enUS = NameTable(
        locale: .enUS,
        female: enUSFemale,
        male: enUSMale,
        femaleCompounds: [("Mary Ann", 30), ("Mary Beth", 12), ("Mary Jo", 10), ("Anna Marie", 8), ("Sarah Jane", 6)],
        maleCompounds: [("John Paul", 12), ("John Michael", 8), ("Billy Joe", 6), ("Bobby Joe", 5)],
        surnames: enUSSurnames,
        compoundGivenNameShare: 0.01,
        secondSurnameShare: 0.02,
        surnameSeparator: "-")

    static let enUSFemale: WeightedTable<String> = [
        ("Mary", 3_196), ("Patricia", 1_570), ("Jennifer", 1_468), ("Linda", 1_451), ("Elizabeth", 1_441),
        ("Barbara", 1_383), ("Susan", 1_107), ("Jessica", 1_049), ("Sarah", 995), ("Karen", 985),
        ("Lisa", 965), ("Nancy", 952), ("Betty", 941), ("Sandra", 873), ("Margaret", 866),
        ("Ashley", 850), ("Kimberly", 841), ("Emily", 840), ("Donna", 827), ("Michelle", 813),
        ("Carol", 810), ("Amanda", 776), ("Melissa", 758), ("Deborah", 745), ("Stephanie", 740),
        ("Dorothy", 728), ("Rebecca", 718), ("Sharon", 706), ("Laura", 704), ("Cynthia", 699),
        ("Amy", 680), ("Kathleen", 675), ("Angela", 663), ("Shirley", 650), ("Brenda", 608),
        ("Emma", 603), ("Anna", 596), ("Pamela", 589), ("Nicole", 580), ("Samantha", 562),
        ("Katherine", 551), ("Christine", 523), ("Helen", 520), ("Debra", 518), ("Rachel", 516),
        ("Carolyn", 504), ("Janet", 497), ("Maria", 494), ("Catherine", 489), ("Heather", 479),
        ("Diane", 476), ("Olivia", 470), ("Julie", 460), ("Joyce", 454), ("Victoria", 443),
        ("Ruth", 441), ("Virginia", 435), ("Lauren", 433), ("Kelly", 428), ("Christina", 424),
        ("Joan", 414), ("Evelyn", 410), ("Judith", 405), ("Andrea", 398), ("Hannah", 396),
        ("Megan", 390), ("Cheryl", 386), ("Jacqueline", 380), ("Martha", 378), ("Madison", 372),
        ("Teresa", 366), ("Gloria", 361), ("Sara", 356), ("Janice", 350), ("Ann", 345),
        ("Kathryn", 340), ("Abigail", 336), ("Sophia", 331), ("Frances", 326), ("Jean", 321),
        ("Alice", 316), ("Judy", 311), ("Isabella", 306), ("Julia", 301), ("Grace", 296),
    ]

    static let enUSMale: WeightedTable<String> = [
        ("James", 4_764), ("Robert", 4_650), ("John", 4_539), ("Michael", 4_389), ("David", 3_646),
        ("William", 3_630), ("Richard", 2_528), ("Joseph", 2_612), ("Thomas", 2_326), ("Christopher", 2_032),
        ("Charles", 2_311), ("Daniel", 1_930), ("Matthew", 1_612), ("Anthony", 1_462), ("Mark", 1_356),
        ("Donald", 1_353), ("Steven", 1_290), ("Andrew", 1_270), ("Paul", 1_267), ("Joshua", 1_236),
        ("Kenneth", 1_127), ("Kevin", 1_180), ("Brian", 1_167), ("George", 1_152), ("Timothy", 1_082),
        ("Ronald", 1_070), ("Jason", 1_036), ("Edward", 1_030), ("Jeffrey", 979), ("Ryan", 953),
        ("Jacob", 945), ("Gary", 902), ("Nicholas", 893), ("Eric", 871), ("Jonathan", 849),
        ("Stephen", 842), ("Larry", 804), ("Justin", 783), ("Scott", 770), ("Brandon", 760),
        ("Benjamin", 754), ("Samuel", 724), ("Gregory", 714), ("Alexander", 710), ("Patrick", 693),
        ("Frank", 690), ("Raymond", 682), ("Jack", 650), ("Dennis", 644), ("Jerry", 641),
        ("Tyler", 620), ("Aaron", 605), ("Jose", 590), ("Adam", 584), ("Nathan", 580),
        ("Henry", 575), ("Zachary", 560), ("Douglas", 555), ("Peter", 550), ("Kyle", 545),
        ("Noah", 540), ("Ethan", 535), ("Jeremy", 530), ("Walter", 525), ("Christian", 520),
        ("Keith", 514), ("Roger", 508), ("Terry", 502), ("Austin", 496), ("Sean", 490),
        ("Gerald", 484), ("Carl", 478), ("Harold", 472), ("Dylan", 466), ("Arthur", 460),
        ("Lawrence", 454), ("Jordan", 448), ("Jesse", 442), ("Bryan", 436), ("Billy", 430),
        ("Bruce", 424), ("Gabriel", 418), ("Joe", 412), ("Logan", 406), ("Alan", 400),
    ]

    static let enUSSurnames: WeightedTable<String> = [
        ("Smith", 2_443), ("Johnson", 1_933), ("Williams", 1_625), ("Brown", 1_437), ("Jones", 1_425),
        ("Garcia", 1_166), ("Miller", 1_161), ("Davis", 1_116), ("Rodriguez", 1_095), ("Martinez", 1_060),
        ("Hernandez", 1_043), ("Lopez", 875), ("Gonzalez", 841), ("Wilson", 802), ("Anderson", 784),
        ("Thomas", 756), ("Taylor", 751), ("Moore", 724), ("Jackson", 708), ("Martin", 703),
        ("Lee", 693), ("Perez", 682), ("Thompson", 665), ("White", 660), ("Harris", 624),
        ("Sanchez", 613), ("Clark", 563), ("Ramirez", 557), ("Lewis", 532), ("Robinson", 530),
        ("Walker", 523), ("Young", 484), ("Allen", 483), ("King", 465), ("Wright", 459),
        ("Scott", 440), ("Torres", 438), ("Nguyen", 438), ("Hill", 435), ("Flores", 434),
        ("Green", 430), ("Adams", 428), ("Nelson", 425), ("Baker", 420), ("Hall", 407),
        ("Rivera", 404), ("Campbell", 381), ("Mitchell", 380), ("Carter", 376), ("Roberts", 375),
        ("Gomez", 366), ("Phillips", 351), ("Evans", 342), ("Turner", 335), ("Diaz", 330),
        ("Parker", 328), ("Cruz", 326), ("Edwards", 324), ("Collins", 318), ("Reyes", 317),
        ("Stewart", 311), ("Morris", 301), ("Morales", 300), ("Murphy", 300), ("Cook", 293),
        ("Rogers", 292), ("Gutierrez", 291), ("Ortiz", 287), ("Morgan", 286), ("Cooper", 281),
        ("Peterson", 279), ("Bailey", 278), ("Reed", 275), ("Kelly", 272), ("Howard", 270),
        ("Ramos", 269), ("Kim", 268), ("Cox", 265), ("Ward", 264), ("Richardson", 263),
        ("Watson", 258), ("Brooks", 257), ("Chavez", 257), ("Wood", 256), ("James", 255),
        ("Bennett", 249), ("Gray", 248), ("Mendoza", 248), ("Ruiz", 247), ("Hughes", 244),
        ("Price", 243), ("Alvarez", 243), ("Castillo", 241), ("Sanders", 240), ("Patel", 238),
        ("Myers", 236), ("Long", 233), ("Ross", 232), ("Foster", 231), ("Jimenez", 230),
    ]
}
