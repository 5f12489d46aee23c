extension MerchantCatalogData {
    /// Serviços financeiros: insurance, brokerage, ATM withdrawals, taxes.
    static let servicesKinds: [MerchantKind] = [
        kind("insurance", mcc: 6300, category: "Seguros", weight: 0.5, cents: 5_000...50_000, recurring: true,
             prefixes: ["Proteção", "Garantia", "Confiança", "Aliança", "Amparo", "Escudo"],
             suffixes: ["Seguros", "Seguradora", "Previdência", "Corretora de Seguros"]),
        kind("brokerage", mcc: 6211, category: "Investimentos", weight: 0.3, cents: 10_000...1_000_000,
             prefixes: ["Patrimônio", "Futuro", "Alpha", "Prisma", "Vértice", "Norte", "Órbita"],
             suffixes: ["Investimentos", "Corretora", "DTVM", "Asset", "Capital"]),
        kind("atm", mcc: 6011, category: "Saques", weight: 0.5, cents: 2_000...100_000,
             prefixes: ["Caixa Eletrônico", "Terminal de Autoatendimento", "Saque"],
             suffixes: ["Rede Cidade", "Shopping", "Rodoviária", "Aeroporto", "Centro", "Posto", "Estação",
                        "Mercado"]),
        kind("government", mcc: 9311, category: "Impostos e taxas", weight: 0.3, cents: 5_000...300_000,
             prefixes: ["Prefeitura", "Governo do Estado", "Detran", "Secretaria da Fazenda"],
             suffixes: ["IPTU", "IPVA", "Licenciamento", "Taxa de Lixo", "ISS", "ITBI", "Multas"]),
    ]
}
