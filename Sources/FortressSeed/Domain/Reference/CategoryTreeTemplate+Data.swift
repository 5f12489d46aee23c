extension CategoryTreeTemplate {
    /// The twelve top-level categories in display order: ten expense groups, income, transfers.
    public static let categories: [CategoryTemplate] = [
        CategoryTemplate(name: "Alimentação", kind: .expense, children: [
            child("Supermercado", [5411]),
            child("Restaurantes", [5812]),
            child("Lanchonetes", [5814]),
            child("Delivery", [5814], keywords: ["Delivery", "Entregas"]),
            child("Padaria", [5462]),
            child("Açougue e hortifrúti", [5422, 5499]),
        ]),
        CategoryTemplate(name: "Moradia", kind: .expense, children: [
            child("Aluguel", [6513]),
            child("Condomínio"),
            child("Energia", [4900], keywords: ["Energ", "Luz", "Elétrica"]),
            child("Água e saneamento", [4900], keywords: ["Água", "Saneamento"]),
            child("Gás", [5983]),
            child("Internet e telefone", [4814]),
        ]),
        CategoryTemplate(name: "Transporte", kind: .expense, children: [
            child("Combustível", [5541]),
            child("Aplicativos e táxi", [4121]),
            child("Transporte público", [4111]),
            child("Estacionamento", [7523]),
            child("Pedágio", [4784]),
            child("Manutenção do veículo", [7538, 5533]),
        ]),
        CategoryTemplate(name: "Saúde", kind: .expense, children: [
            child("Farmácia", [5912]),
            child("Consultas e clínicas", [8011]),
            child("Odontologia", [8021]),
            child("Exames e laboratórios", [8071]),
            child("Hospitais", [8062]),
            child("Academia", [7997]),
        ]),
        CategoryTemplate(name: "Educação", kind: .expense, children: [
            child("Escola", [8211]),
            child("Faculdade", [8220]),
            child("Cursos", [8299]),
            child("Livros e papelaria", [5942, 5943]),
        ]),
        CategoryTemplate(name: "Lazer", kind: .expense, children: [
            child("Streaming e assinaturas", [4899, 5815]),
            child("Jogos", [5816]),
            child("Cinema e eventos", [7832, 7922]),
            child("Bares", [5813]),
        ]),
        CategoryTemplate(name: "Viagens", kind: .expense, children: [
            child("Passagens aéreas", [4511]),
            child("Hospedagem", [7011]),
            child("Ônibus rodoviário", [4131]),
            child("Aluguel de carros", [7512]),
            child("Agências de viagem", [4722]),
        ]),
        CategoryTemplate(name: "Compras", kind: .expense, children: [
            child("Vestuário e calçados", [5651, 5661]),
            child("Eletrônicos e eletrodomésticos", [5732, 5722]),
            child("Casa e construção", [5200, 5251, 5712]),
            child("Lojas de departamento", [5311]),
            child("Pet", [5995, 742]),
            child("Outras compras", [5999, 5945]),
        ]),
        CategoryTemplate(name: "Cuidados Pessoais", kind: .expense, children: [
            child("Salão e barbearia", [7230]),
            child("Cosméticos e perfumaria", [5977]),
        ]),
        CategoryTemplate(name: "Serviços Financeiros", kind: .expense, children: [
            child("Tarifas bancárias"),
            child("Juros e encargos"),
            child("Seguros", [6300]),
            child("Investimentos", [6211]),
            child("Saques", [6011]),
            child("Impostos e taxas", [9311]),
        ]),
        CategoryTemplate(name: "Receitas", kind: .income, children: [
            child("Salário"),
            child("Pix recebido"),
            child("Rendimentos"),
            child("Reembolsos e estornos"),
            child("Outras receitas"),
        ]),
        CategoryTemplate(name: "Transferências", kind: .transfer, children: [
            child("Pix enviado"),
            child("TED"),
            child("Entre contas próprias"),
            child("Pagamento de fatura"),
        ]),
    ]
}
