extension BrazilGeography {
    /// Street type prefixes ("logradouro"), by how often they appear in addresses.
    public static let streetTypes: WeightedTable<String> = [
        ("Rua", 68), ("Avenida", 17), ("Travessa", 5), ("Alameda", 3), ("Praça", 2),
        ("Estrada", 2), ("Rodovia", 1), ("Largo", 1), ("Viela", 1),
    ]

    /// Street names that read naturally after any `streetTypes` prefix ("Rua das Flores",
    /// "Avenida Sete de Setembro"): dates, national figures, saints, nature and places.
    public static let streetNames: WeightedTable<String> = [
        ("Sete de Setembro", 30), ("XV de Novembro", 28), ("Tiradentes", 28), ("São João", 26),
        ("das Flores", 25), ("Santos Dumont", 24), ("Getúlio Vargas", 24), ("Rui Barbosa", 23),
        ("Marechal Deodoro", 22), ("Duque de Caxias", 22), ("Dom Pedro II", 21), ("José Bonifácio", 20),
        ("Barão do Rio Branco", 20), ("Castro Alves", 19), ("Princesa Isabel", 19), ("Treze de Maio", 18),
        ("Primeiro de Maio", 18), ("Quinze de Novembro", 17), ("Vinte e Um de Abril", 16), ("Independência", 17),
        ("da Paz", 16), ("Boa Vista", 16), ("Bela Vista", 15), ("São José", 15),
        ("São Paulo", 15), ("Brasil", 15), ("Santa Luzia", 14), ("Santo Antônio", 14),
        ("São Francisco", 14), ("São Sebastião", 13), ("Nossa Senhora Aparecida", 13), ("Santa Rita", 12),
        ("das Palmeiras", 13), ("dos Ipês", 12), ("das Acácias", 12), ("das Orquídeas", 11),
        ("das Margaridas", 11), ("dos Girassóis", 10), ("das Mangueiras", 10), ("dos Jasmins", 9),
        ("do Comércio", 12), ("da Liberdade", 11), ("da República", 11), ("da Saudade", 10),
        ("Machado de Assis", 12), ("Carlos Gomes", 12), ("Monteiro Lobato", 11), ("Olavo Bilac", 11),
        ("Cecília Meireles", 9), ("Cora Coralina", 9), ("Chico Mendes", 9), ("Anita Garibaldi", 10),
        ("Joaquim Nabuco", 10), ("Osvaldo Cruz", 10), ("Washington Luís", 10), ("Juscelino Kubitschek", 12),
        ("Presidente Vargas", 11), ("Marechal Floriano", 11), ("Benjamin Constant", 11), ("Visconde de Mauá", 9),
        ("Padre Anchieta", 10), ("Frei Caneca", 9), ("Irmã Dulce", 9), ("Dom Bosco", 9),
        ("Doutor Ulysses Guimarães", 8), ("Professor Paulo Freire", 8), ("Coronel Fagundes", 7), ("Major Sertório", 6),
        ("Amazonas", 9), ("Bahia", 9), ("Pernambuco", 9), ("Paraná", 9),
        ("Minas Gerais", 9), ("Goiás", 8), ("Ceará", 8), ("Maranhão", 8),
        ("Rio Grande do Sul", 8), ("Santa Catarina", 8), ("Espírito Santo", 7), ("Sergipe", 7),
        ("Atlântica", 7), ("Beira-Mar", 7), ("do Contorno", 6), ("Central", 8),
        ("Ipiranga", 9), ("Paulista", 7), ("Brigadeiro Faria Lima", 6), ("Voluntários da Pátria", 8),
        ("Barão de Mauá", 7), ("Conselheiro Furtado", 6), ("Senador Pompeu", 6), ("Governador Valadares", 6),
    ]

    /// Neighbourhood ("bairro") names common to many Brazilian cities.
    public static let neighborhoods: WeightedTable<String> = [
        ("Centro", 40), ("Jardim América", 12), ("Vila Nova", 12), ("Boa Vista", 11), ("Santa Cecília", 8),
        ("Jardim das Flores", 9), ("Vila Maria", 9), ("São José", 9), ("Santo Antônio", 9), ("Bela Vista", 10),
        ("Jardim Europa", 8), ("Vila Mariana", 7), ("Liberdade", 8), ("Cidade Nova", 9), ("Industrial", 8),
        ("Jardim Primavera", 8), ("Parque São Jorge", 7), ("Vila Esperança", 7), ("Nossa Senhora Aparecida", 7),
        ("Planalto", 7), ("Morada do Sol", 6), ("Jardim Paulista", 6), ("Alto da Boa Vista", 6),
        ("Vila Operária", 6), ("Santa Mônica", 6), ("Jardim Botânico", 5), ("Cidade Jardim", 6),
        ("Parque das Nações", 5), ("Vila Rica", 5), ("Jardim Bela Vista", 6), ("Conjunto Habitacional", 5),
        ("Santa Rosa", 6), ("São Cristóvão", 6), ("Cristo Rei", 5), ("Aeroporto", 5), ("Novo Horizonte", 7),
        ("Jardim Tropical", 5), ("Recanto dos Pássaros", 4), ("Vila Progresso", 4), ("Lagoa Seca", 4),
    ]
}
