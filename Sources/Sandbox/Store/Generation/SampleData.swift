/// Word lists the generator draws from. Names are common given names and surnames; emails use
/// the reserved `example.*` domains, phones the fictional 555 range.
enum SampleData {
    static let firstNames = [
        "Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jonas",
        "Klara", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara",
        "Umar", "Vera", "Will", "Xenia", "Yusuf", "Zoe", "Léa", "Søren", "José", "Chiara",
    ]
    static let lastNames = [
        "Smith", "Müller", "Martin", "Rossi", "Jansen", "Brown", "Schmidt", "Dubois", "Garcia",
        "Nielsen", "Taylor", "Fischer", "Bernard", "Lopez", "de Vries", "Wilson", "Weber",
        "Moreau", "Kowalski", "O'Brien", "Nguyen", "Tanaka", "Silva", "Berg", "Novak",
    ]
    static let customerTags = ["VIP", "wholesale", "newsletter", "returning", "gift", "staff"]
    static let orderTags = ["gift-wrap", "priority", "preorder", "marketplace", "review-needed"]
    static let adjectives = [
        "Classic", "Organic", "Rugged", "Compact", "Deluxe", "Everyday", "Vintage", "Urban",
        "Alpine", "Coastal", "Nordic", "Studio",
    ]
    static let nouns = [
        ("Mug", "Kitchen"), ("Backpack", "Bags"), ("T-Shirt", "Apparel"), ("Notebook", "Stationery"),
        ("Water Bottle", "Kitchen"), ("Hoodie", "Apparel"), ("Candle", "Home"), ("Scarf", "Apparel"),
        ("Desk Lamp", "Home"), ("Tote Bag", "Bags"), ("Cap", "Apparel"), ("Teapot", "Kitchen"),
    ]
    static let vendors = ["Northwind", "Acme Goods", "Lumen & Co", "Fjord Supply", "Harbor Lane"]
    static let colours = ["Red", "Blue", "Green", "Black", "White", "Grey"]
    static let sizes = ["S", "M", "L", "XL"]
    static let companyWords = ["Trading", "Retail", "Supplies", "Group", "Stores", "Outfitters"]

    /// City, province, province code, zip pattern, country, country code, phone prefix.
    static let places: [(String, String?, String?, String, String, String, String)] = [
        ("Portland", "Oregon", "OR", "97201", "United States", "US", "+1503555"),
        ("Austin", "Texas", "TX", "78701", "United States", "US", "+1512555"),
        ("Toronto", "Ontario", "ON", "M5V 2T6", "Canada", "CA", "+1416555"),
        ("London", nil, nil, "SW1A 1AA", "United Kingdom", "GB", "+4420755"),
        ("Berlin", nil, nil, "10115", "Germany", "DE", "+4930555"),
        ("Lyon", nil, nil, "69002", "France", "FR", "+3347255"),
        ("Utrecht", nil, nil, "3511 AB", "Netherlands", "NL", "+3130255"),
        ("Sydney", "New South Wales", "NSW", "2000", "Australia", "AU", "+6129555"),
    ]
    static let streets = ["Main Street", "Harbour Road", "Lindenallee", "Rue de la Paix",
                          "Oak Avenue", "Kerkstraat", "King Street", "Station Road"]

    /// Presentment currencies other than the shop's, with units per USD ×10,000.
    static let currencies: [(String, Int64)] = [("EUR", 9_200), ("CAD", 13_600), ("GBP", 7_900)]
}
