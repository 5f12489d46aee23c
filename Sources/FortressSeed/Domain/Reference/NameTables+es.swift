extension NameTables {
    /// Spanish and Latin American names.
    ///
    /// A blend of Spain's INE name statistics and common Mexican, Colombian and Argentine
    /// names; weights are relative, in thousands, with a realistic order and decay. Nearly
    /// everyone carries two surnames (paternal then maternal: "García López").
    public static let es = NameTable(
        locale: .es,
        female: esFemale,
        male: esMale,
        femaleCompounds: esFemaleCompounds,
        maleCompounds: esMaleCompounds,
        surnames: esSurnames,
        compoundGivenNameShare: 0.18,
        secondSurnameShare: 0.90,
        surnameSeparator: " ")

    static let esFemale: WeightedTable<String> = [
        ("María", 1_800), ("Carmen", 650), ("Ana", 600), ("Laura", 420), ("Isabel", 400),
        ("Lucía", 380), ("Sofía", 370), ("Valentina", 350), ("Camila", 340), ("Daniela", 330),
        ("Gabriela", 300), ("Fernanda", 290), ("Mariana", 285), ("Paula", 280), ("Andrea", 275),
        ("Sara", 260), ("Elena", 255), ("Marta", 250), ("Patricia", 245), ("Rosa", 240),
        ("Guadalupe", 235), ("Verónica", 225), ("Claudia", 220), ("Alejandra", 215), ("Adriana", 210),
        ("Natalia", 205), ("Carolina", 200), ("Mónica", 195), ("Silvia", 190), ("Beatriz", 185),
        ("Teresa", 180), ("Pilar", 175), ("Cristina", 170), ("Raquel", 165), ("Julia", 160),
        ("Irene", 155), ("Alba", 150), ("Noelia", 145), ("Lorena", 140), ("Ximena", 136),
        ("Valeria", 132), ("Victoria", 128), ("Martina", 124), ("Regina", 120), ("Renata", 116),
        ("Paola", 112), ("Diana", 108), ("Gloria", 104), ("Luisa", 100), ("Marisol", 96),
        ("Rocío", 92), ("Esperanza", 88), ("Dolores", 85), ("Consuelo", 82), ("Josefina", 79),
        ("Juana", 76), ("Mercedes", 73), ("Inés", 70), ("Lourdes", 67), ("Leticia", 64),
        ("Yolanda", 61), ("Susana", 58), ("Antonia", 55), ("Manuela", 52), ("Florencia", 49),
        ("Agustina", 46), ("Catalina", 43), ("Emilia", 40), ("Jimena", 37), ("Ángela", 34),
    ]

    static let esMale: WeightedTable<String> = [
        ("José", 1_300), ("Juan", 1_100), ("Antonio", 800), ("Manuel", 700), ("Francisco", 650),
        ("Luis", 600), ("Carlos", 580), ("Javier", 450), ("Miguel", 440), ("Jesús", 420),
        ("David", 400), ("Pedro", 380), ("Alejandro", 370), ("Fernando", 350), ("Jorge", 340),
        ("Alberto", 320), ("Rafael", 310), ("Sergio", 300), ("Pablo", 290), ("Daniel", 285),
        ("Diego", 280), ("Ángel", 270), ("Roberto", 260), ("Ricardo", 250), ("Eduardo", 245),
        ("Andrés", 240), ("Raúl", 235), ("Enrique", 230), ("Ramón", 225), ("Víctor", 220),
        ("Mario", 215), ("Óscar", 210), ("Santiago", 205), ("Sebastián", 200), ("Mateo", 195),
        ("Matías", 190), ("Nicolás", 185), ("Gabriel", 180), ("Emiliano", 175), ("Joaquín", 170),
        ("Tomás", 165), ("Martín", 160), ("Felipe", 155), ("Ignacio", 150), ("Rodrigo", 145),
        ("Hugo", 140), ("Gonzalo", 136), ("Adrián", 132), ("Iván", 128), ("Rubén", 124),
        ("Julio", 120), ("Arturo", 116), ("Gustavo", 112), ("Héctor", 108), ("Alfonso", 104),
        ("Guillermo", 100), ("Salvador", 96), ("Agustín", 92), ("Benjamín", 88), ("Lucas", 85),
        ("Esteban", 82), ("Fabián", 79), ("Leonardo", 76), ("Emilio", 73), ("Cristian", 70),
        ("Marcos", 67), ("Álvaro", 64), ("Ernesto", 61), ("Hernán", 58), ("Ezequiel", 55),
    ]

    static let esFemaleCompounds: WeightedTable<String> = [
        ("María José", 90), ("María Fernanda", 70), ("Ana María", 65), ("María del Carmen", 60),
        ("María Guadalupe", 50), ("María Isabel", 45), ("María Teresa", 40), ("María Elena", 36),
        ("Ana Sofía", 32), ("María Luisa", 30), ("María de los Ángeles", 26), ("Luz María", 22),
        ("María Pilar", 18),
    ]

    static let esMaleCompounds: WeightedTable<String> = [
        ("José Luis", 90), ("Juan Carlos", 85), ("José Antonio", 70), ("Juan Pablo", 60),
        ("Miguel Ángel", 58), ("Francisco Javier", 55), ("José Manuel", 50), ("Juan José", 45),
        ("Luis Fernando", 40), ("José María", 36), ("Juan Manuel", 34), ("Carlos Alberto", 30),
        ("Juan Antonio", 26), ("Jesús Manuel", 20),
    ]

    static let esSurnames: WeightedTable<String> = [
        ("García", 1_450), ("Rodríguez", 930), ("González", 920), ("Fernández", 900), ("López", 870),
        ("Martínez", 830), ("Sánchez", 810), ("Pérez", 770), ("Gómez", 490), ("Martín", 480),
        ("Jiménez", 390), ("Ruiz", 350), ("Hernández", 340), ("Díaz", 330), ("Moreno", 310),
        ("Muñoz", 290), ("Álvarez", 285), ("Romero", 230), ("Alonso", 220), ("Gutiérrez", 218),
        ("Navarro", 200), ("Torres", 198), ("Domínguez", 196), ("Vázquez", 188), ("Ramos", 186),
        ("Gil", 180), ("Ramírez", 178), ("Serrano", 176), ("Blanco", 174), ("Molina", 172),
        ("Morales", 170), ("Suárez", 168), ("Ortega", 166), ("Delgado", 164), ("Castro", 162),
        ("Ortiz", 160), ("Rubio", 158), ("Marín", 156), ("Sanz", 154), ("Núñez", 152),
        ("Iglesias", 150), ("Medina", 148), ("Garrido", 146), ("Cortés", 144), ("Castillo", 142),
        ("Santos", 140), ("Lozano", 138), ("Guerrero", 136), ("Cano", 134), ("Prieto", 132),
        ("Méndez", 130), ("Cruz", 128), ("Calvo", 126), ("Gallego", 124), ("Vidal", 122),
        ("León", 120), ("Márquez", 118), ("Herrera", 116), ("Peña", 114), ("Flores", 112),
        ("Cabrera", 110), ("Campos", 108), ("Vega", 106), ("Fuentes", 104), ("Carrasco", 102),
        ("Díez", 100), ("Caballero", 98), ("Reyes", 96), ("Nieto", 94), ("Aguilar", 92),
        ("Pascual", 90), ("Santana", 88), ("Herrero", 86), ("Lorenzo", 84), ("Montero", 82),
        ("Hidalgo", 80), ("Giménez", 78), ("Ibáñez", 76), ("Ferrer", 74), ("Durán", 72),
        ("Santiago", 70), ("Benítez", 68), ("Mora", 66), ("Vicente", 64), ("Vargas", 62),
        ("Arias", 60), ("Carmona", 58), ("Crespo", 56), ("Román", 54), ("Pastor", 52),
        ("Soto", 50), ("Sáez", 48), ("Velasco", 46), ("Moya", 44), ("Soler", 42),
        ("Parra", 40), ("Esteban", 38), ("Bravo", 36), ("Gallardo", 34), ("Rojas", 32),
        ("Mendoza", 30), ("Espinoza", 28), ("Rivera", 26), ("Contreras", 24), ("Salazar", 22),
        ("Aguirre", 20), ("Valencia", 18), ("Quintero", 16), ("Zapata", 14), ("Ochoa", 12),
    ]
}
