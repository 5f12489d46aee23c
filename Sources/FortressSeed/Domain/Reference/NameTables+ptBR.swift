extension NameTables {
    /// Brazilian names.
    ///
    /// Given-name weights are thousands of bearers, shaped after the IBGE 2010 census name
    /// counts ("Nomes no Brasil"); the long tail and the newer names (Sophia, Enzo, Théo) are
    /// smoothed estimates. Surname weights are relative and only their order and decay are
    /// meant to be realistic (Silva, Santos, Oliveira, Souza, ...).
    public static let ptBR = NameTable(
        locale: .ptBR,
        female: ptBRFemale,
        male: ptBRMale,
        femaleCompounds: ptBRFemaleCompounds,
        maleCompounds: ptBRMaleCompounds,
        surnames: ptBRSurnames,
        compoundGivenNameShare: 0.20,
        secondSurnameShare: 0.55,
        surnameSeparator: " ",
        particleShare: 0.30,
        surnameParticles: ptBRParticles)

    static let ptBRFemale: WeightedTable<String> = [
        ("Maria", 11_734), ("Ana", 3_089), ("Francisca", 725), ("Antônia", 588), ("Adriana", 565),
        ("Juliana", 562), ("Márcia", 551), ("Fernanda", 531), ("Patrícia", 529), ("Aline", 509),
        ("Sandra", 479), ("Camila", 469), ("Amanda", 464), ("Bruna", 460), ("Jéssica", 456),
        ("Letícia", 434), ("Júlia", 430), ("Luciana", 429), ("Vanessa", 417), ("Mariana", 381),
        ("Gabriela", 373), ("Vera", 369), ("Vitória", 361), ("Larissa", 357), ("Cláudia", 354),
        ("Beatriz", 353), ("Luana", 343), ("Rita", 342), ("Sônia", 339), ("Renata", 338),
        ("Eliane", 337), ("Josefa", 324), ("Simone", 323), ("Natália", 312), ("Cristina", 310),
        ("Carla", 306), ("Débora", 300), ("Rosângela", 296), ("Jaqueline", 292), ("Rosa", 289),
        ("Daniela", 286), ("Aparecida", 283), ("Marlene", 280), ("Terezinha", 276), ("Raimunda", 272),
        ("Andréia", 268), ("Fabiana", 262), ("Lúcia", 258), ("Raquel", 254), ("Ângela", 250),
        ("Rafaela", 246), ("Joana", 241), ("Luzia", 238), ("Elaine", 234), ("Daniele", 230),
        ("Regina", 226), ("Daiane", 222), ("Sueli", 218), ("Alessandra", 214), ("Isabela", 210),
        ("Bianca", 206), ("Tatiane", 202), ("Conceição", 198), ("Priscila", 195), ("Carolina", 192),
        ("Sebastiana", 189), ("Edna", 186), ("Vânia", 183), ("Cleide", 180), ("Solange", 177),
        ("Flávia", 174), ("Rosana", 171), ("Tânia", 168), ("Elisângela", 165), ("Kelly", 162),
        ("Michele", 159), ("Valéria", 156), ("Helena", 153), ("Silvana", 150), ("Laura", 147),
        ("Sara", 144), ("Thaís", 141), ("Cíntia", 138), ("Viviane", 135), ("Roberta", 132),
        ("Lara", 129), ("Sabrina", 126), ("Marta", 123), ("Luciene", 120), ("Célia", 117),
        ("Irene", 114), ("Marina", 111), ("Ivone", 108), ("Andressa", 105), ("Karina", 102),
        ("Marcela", 99), ("Eduarda", 96), ("Tereza", 93), ("Milena", 90), ("Alice", 88),
        ("Sophia", 86), ("Manuela", 84), ("Valentina", 82), ("Heloísa", 80), ("Lívia", 78),
        ("Yasmin", 76), ("Isadora", 74), ("Lorena", 72), ("Giovanna", 70), ("Nicole", 68),
        ("Rebeca", 66), ("Cecília", 64), ("Clara", 62), ("Luíza", 60), ("Benedita", 58),
        ("Neide", 56), ("Glória", 54), ("Ivanete", 52), ("Joice", 50),
    ]

    static let ptBRMale: WeightedTable<String> = [
        ("José", 5_754), ("João", 2_984), ("Antônio", 2_576), ("Francisco", 1_772), ("Carlos", 1_489),
        ("Paulo", 1_423), ("Pedro", 1_219), ("Lucas", 1_127), ("Luiz", 1_107), ("Marcos", 1_106),
        ("Luis", 935), ("Gabriel", 932), ("Rafael", 821), ("Daniel", 711), ("Marcelo", 693),
        ("Bruno", 668), ("Eduardo", 632), ("Felipe", 615), ("Raimundo", 611), ("Rodrigo", 598),
        ("Manoel", 548), ("Mateus", 515), ("André", 503), ("Fernando", 500), ("Fábio", 490),
        ("Leonardo", 470), ("Gustavo", 460), ("Guilherme", 455), ("Leandro", 440), ("Tiago", 430),
        ("Anderson", 420), ("Ricardo", 410), ("Márcio", 400), ("Jorge", 392), ("Sebastião", 385),
        ("Alexandre", 378), ("Roberto", 371), ("Edson", 364), ("Diego", 357), ("Vitor", 350),
        ("Sérgio", 343), ("Cláudio", 336), ("Matheus", 329), ("Thiago", 322), ("Geraldo", 315),
        ("Adriano", 308), ("Luciano", 301), ("Júlio", 294), ("Renato", 287), ("Alex", 280),
        ("Vinícius", 273), ("Rogério", 266), ("Samuel", 259), ("Ronaldo", 252), ("Mário", 245),
        ("Flávio", 238), ("Douglas", 231), ("Igor", 224), ("Davi", 217), ("Manuel", 210),
        ("Jefferson", 203), ("Severino", 196), ("Benedito", 190), ("Miguel", 184), ("Arthur", 178),
        ("Heitor", 172), ("Bernardo", 166), ("Enzo", 160), ("Henrique", 155), ("Caio", 150),
        ("Murilo", 145), ("Otávio", 140), ("Wagner", 136), ("Wellington", 132), ("Robson", 128),
        ("Reginaldo", 124), ("Valdir", 120), ("Joaquim", 116), ("Raul", 112), ("Vagner", 108),
        ("Renan", 104), ("Hugo", 100), ("Alan", 97), ("Everton", 94), ("Cristiano", 91),
        ("Emerson", 88), ("Nelson", 85), ("Sandro", 82), ("Maurício", 79), ("César", 76),
        ("Juliano", 73), ("Fabrício", 70), ("Osvaldo", 67), ("Gilberto", 64), ("Moisés", 61),
        ("Danilo", 58), ("Rubens", 56), ("Lorenzo", 54), ("Théo", 52), ("Nicolas", 50),
        ("Ícaro", 48), ("Kauã", 46), ("Luan", 44), ("Pietro", 42),
    ]

    static let ptBRFemaleCompounds: WeightedTable<String> = [
        ("Maria Eduarda", 120), ("Ana Paula", 110), ("Maria Clara", 90), ("Ana Clara", 80),
        ("Maria Luiza", 75), ("Ana Carolina", 70), ("Maria José", 68), ("Maria Aparecida", 66),
        ("Maria de Fátima", 60), ("Maria das Graças", 58), ("Maria do Socorro", 55), ("Ana Beatriz", 52),
        ("Ana Júlia", 50), ("Maria Fernanda", 48), ("Maria Cecília", 45), ("Ana Luiza", 44),
        ("Maria Alice", 42), ("Maria Helena", 40), ("Maria Vitória", 38), ("Ana Lúcia", 36),
        ("Maria Júlia", 34), ("Ana Maria", 33), ("Maria Cristina", 30), ("Maria Lúcia", 28),
        ("Maria Teresa", 26), ("Maria Valentina", 24), ("Ana Vitória", 22), ("Maria Luísa", 20),
        ("Ana Cristina", 18), ("Maria Gabriela", 16),
    ]

    static let ptBRMaleCompounds: WeightedTable<String> = [
        ("João Pedro", 130), ("José Carlos", 100), ("João Paulo", 90), ("Luiz Carlos", 85),
        ("Carlos Eduardo", 80), ("Luiz Fernando", 70), ("João Vitor", 68), ("José Roberto", 60),
        ("Pedro Henrique", 58), ("Paulo Roberto", 55), ("José Antônio", 52), ("Antônio Carlos", 50),
        ("João Gabriel", 48), ("Luiz Henrique", 45), ("Carlos Alberto", 43), ("Marcos Vinícius", 40),
        ("José Luiz", 38), ("João Miguel", 36), ("Luiz Gustavo", 34), ("Francisco de Assis", 32),
        ("José Maria", 30), ("João Lucas", 28), ("Pedro Lucas", 26), ("Luiz Felipe", 24),
        ("Paulo César", 22), ("Luiz Antônio", 20), ("José Francisco", 18), ("João Guilherme", 16),
        ("Carlos Henrique", 15), ("Paulo Sérgio", 14),
    ]

    static let ptBRSurnames: WeightedTable<String> = [
        ("Silva", 1_000), ("Santos", 560), ("Oliveira", 450), ("Souza", 380), ("Rodrigues", 300),
        ("Ferreira", 280), ("Alves", 270), ("Pereira", 260), ("Lima", 240), ("Gomes", 220),
        ("Costa", 210), ("Ribeiro", 200), ("Martins", 190), ("Carvalho", 180), ("Almeida", 170),
        ("Lopes", 160), ("Soares", 155), ("Fernandes", 150), ("Vieira", 145), ("Barbosa", 140),
        ("Rocha", 135), ("Dias", 130), ("Nascimento", 125), ("Andrade", 120), ("Moreira", 116),
        ("Nunes", 112), ("Marques", 108), ("Machado", 104), ("Mendes", 100), ("Freitas", 97),
        ("Cardoso", 94), ("Ramos", 91), ("Gonçalves", 88), ("Santana", 85), ("Teixeira", 82),
        ("Araújo", 80), ("Sousa", 78), ("Melo", 76), ("Barros", 74), ("Pinto", 72),
        ("Cavalcanti", 70), ("Correia", 68), ("Monteiro", 66), ("Moura", 64), ("Batista", 62),
        ("Campos", 60), ("Azevedo", 58), ("Reis", 57), ("Jesus", 56), ("Conceição", 55),
        ("Cruz", 54), ("Miranda", 53), ("Medeiros", 52), ("Nogueira", 51), ("Pires", 50),
        ("Castro", 49), ("Resende", 48), ("Bezerra", 47), ("Xavier", 46), ("Farias", 45),
        ("Borges", 44), ("Coelho", 43), ("Franco", 42), ("Brito", 41), ("Fonseca", 40),
        ("Siqueira", 39), ("Matos", 38), ("Queiroz", 37), ("Paiva", 36), ("Tavares", 35),
        ("Duarte", 34.5), ("Leite", 34), ("Sales", 33.5), ("Assis", 33), ("Vasconcelos", 32.5),
        ("Aguiar", 32), ("Macedo", 31.5), ("Guimarães", 31), ("Pacheco", 30.5), ("Amaral", 30),
        ("Rios", 29.5), ("Sampaio", 29), ("Neves", 28.5), ("Prado", 28), ("Peixoto", 27.5),
        ("Mota", 27), ("Magalhães", 26.5), ("Bastos", 26), ("Figueiredo", 25.5), ("Fagundes", 25),
        ("Bueno", 24.5), ("Lacerda", 24), ("Camargo", 23.5), ("Cunha", 23), ("Torres", 22.5),
        ("Moraes", 22), ("Morais", 21.5), ("Pimentel", 21), ("Brandão", 20.5), ("Leal", 20),
        ("Cordeiro", 19.5), ("Cabral", 19), ("Faria", 18.5), ("Viana", 18), ("Porto", 17.5),
        ("Dantas", 17), ("Lins", 16.5), ("Holanda", 16), ("Maia", 15.5), ("Galvão", 15),
        ("Rangel", 14.5), ("Meireles", 14), ("Diniz", 13.5), ("Toledo", 13), ("Falcão", 12.5),
        ("Chaves", 12), ("Sá", 11.8), ("Guerra", 11.6), ("Lobo", 11.4), ("Amorim", 11.2),
        ("Bento", 11), ("Barreto", 10.8), ("Nóbrega", 10.6), ("Esteves", 10.4), ("Simões", 10.2),
        ("Paz", 10), ("Fontes", 9.8), ("Couto", 9.6), ("Aragão", 9.4), ("Arruda", 9.2),
        ("Caldeira", 9), ("Bittencourt", 8.8), ("Vaz", 8.6), ("Antunes", 8.4), ("Loureiro", 8.2),
        ("Pontes", 8), ("Sena", 7.8), ("Veloso", 7.6), ("Quaresma", 7.4), ("Salgado", 7.2),
        ("Ventura", 7), ("Godoy", 6.8), ("Lemos", 6.6), ("Meneses", 6.4), ("Padilha", 6.2),
        ("Rosário", 6), ("Santiago", 5.8), ("Teles", 5.6), ("Vilela", 5.4), ("Albuquerque", 5.2),
        ("Bandeira", 5), ("Cerqueira", 4.8), ("Matias", 4.6), ("Mascarenhas", 4.4), ("Schmidt", 4.2),
        ("Müller", 4), ("Rossi", 3.8), ("Ferrari", 3.6), ("Yamamoto", 3.4), ("Nakamura", 3.2),
        ("Sobral", 3),
    ]

    static let ptBRParticles: [(surname: String, particle: String)] = [
        ("Silva", "da"), ("Santos", "dos"), ("Oliveira", "de"), ("Souza", "de"), ("Sousa", "de"),
        ("Costa", "da"), ("Conceição", "da"), ("Jesus", "de"), ("Reis", "dos"), ("Almeida", "de"),
        ("Lima", "de"), ("Carvalho", "de"), ("Assis", "de"), ("Nascimento", "do"), ("Rosário", "do"),
        ("Cruz", "da"), ("Paz", "da"), ("Andrade", "de"), ("Araújo", "de"), ("Moraes", "de"),
        ("Freitas", "de"), ("Castro", "de"), ("Fonseca", "da"), ("Mota", "da"), ("Rocha", "da"),
        ("Cunha", "da"), ("Prado", "do"), ("Melo", "de"), ("Barros", "de"), ("Macedo", "de"),
        ("Magalhães", "de"), ("Queiroz", "de"), ("Brito", "de"), ("Siqueira", "de"), ("Azevedo", "de"),
        ("Aguiar", "de"), ("Matos", "de"), ("Vasconcelos", "de"), ("Sá", "de"), ("Santana", "de"),
    ]
}
