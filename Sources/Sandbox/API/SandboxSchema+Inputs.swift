extension SandboxSchema {
    /// Input types of the mutations' and queries' arguments.
    static let inputTypes = #"""
input AttributeInput {
  key: String!
  value: String!
}

input CountryHarmonizedSystemCodeInput {
  harmonizedSystemCode: String!
  countryCode: CountryCode
}

input CreateMediaInput {
  originalSource: String!
  alt: String
  mediaContentType: MediaContentType!
}

input CustomerEmailMarketingConsentInput {
  marketingOptInLevel: CustomerMarketingOptInLevel
  marketingState: CustomerEmailMarketingState!
  consentUpdatedAt: DateTime
  sourceLocationId: ID
}

input CustomerInput {
  addresses: [MailingAddressInput!]
  email: String
  firstName: String
  id: ID
  lastName: String
  locale: String
  metafields: [MetafieldInput!]
  note: String
  phone: String
  tags: [String!]
  emailMarketingConsent: CustomerEmailMarketingConsentInput
  smsMarketingConsent: CustomerSmsMarketingConsentInput
  whatsAppMarketingConsent: CustomerMarketingConsentInput
  taxExempt: Boolean
  taxExemptions: [TaxExemption!]
  multipassIdentifier: String
}

input CustomerMarketingConsentInput {
  state: CustomerMarketingConsentState!
  optInLevel: CustomerMarketingOptInLevel
  updatedAt: DateTime
  sourceLocationId: ID
}

input CustomerSmsMarketingConsentInput {
  marketingOptInLevel: CustomerMarketingOptInLevel
  marketingState: CustomerSmsMarketingState!
  consentUpdatedAt: DateTime
  sourceLocationId: ID
}

input FulfillmentInput {
  trackingInfo: FulfillmentTrackingInput
  notifyCustomer: Boolean = false
  lineItemsByFulfillmentOrder: [FulfillmentOrderLineItemsInput!]!
  originAddress: FulfillmentOriginAddressInput
}

input FulfillmentOrderLineItemInput {
  id: ID!
  quantity: Int!
}

input FulfillmentOrderLineItemsInput {
  fulfillmentOrderId: ID!
  fulfillmentOrderLineItems: [FulfillmentOrderLineItemInput!]
}

input FulfillmentOriginAddressInput {
  address1: String
  address2: String
  city: String
  zip: String
  provinceCode: String
  countryCode: String!
}

input FulfillmentTrackingInput {
  number: String
  url: URL
  company: String
  numbers: [String!]
  urls: [URL!]
}

input ImageTransformInput {
  crop: CropRegion
  maxWidth: Int
  maxHeight: Int
  scale: Int = 1
  preferredContentType: ImageContentType
}

input InventoryAdjustmentInput {
  locationId: ID!
  adjustment: Int
  changeFromQuantity: Int
}

input InventoryItemInput {
  sku: String
  cost: Decimal
  tracked: Boolean
  countryCodeOfOrigin: CountryCode
  harmonizedSystemCode: String
  countryHarmonizedSystemCodes: [CountryHarmonizedSystemCodeInput!]
  provinceCodeOfOrigin: String
  measurement: InventoryItemMeasurementInput
  requiresShipping: Boolean
}

input InventoryItemMeasurementInput {
  weight: WeightInput
  shippingPackageId: ID
}

input InventoryLevelInput {
  availableQuantity: Int!
  locationId: ID!
}

input InventoryQuantityInput {
  inventoryItemId: ID!
  locationId: ID!
  quantity: Int!
  changeFromQuantity: Int
}

input InventorySetQuantitiesInput {
  reason: String!
  name: String!
  referenceDocumentUri: String
  quantities: [InventoryQuantityInput!]!
}

input LocalizationExtensionInput {
  key: LocalizationExtensionKey!
  value: String!
}

input LocalizedFieldInput {
  key: LocalizedFieldKey!
  value: String!
}

input MailingAddressInput {
  address1: String
  address2: String
  city: String
  company: String
  country: String
  countryCode: CountryCode
  firstName: String
  id: ID
  lastName: String
  phone: String
  province: String
  provinceCode: String
  zip: String
}

input MetafieldInput {
  id: ID
  namespace: String
  key: String
  value: String
  type: String
}

input MoneyInput {
  amount: Decimal!
  currencyCode: CurrencyCode!
}

input OrderCloseInput {
  id: ID!
}

input OrderInput {
  id: ID!
  email: String
  phone: String
  note: String
  tags: [String!]
  shippingAddress: MailingAddressInput
  customAttributes: [AttributeInput!]
  metafields: [MetafieldInput!]
  localizationExtensions: [LocalizationExtensionInput!]
  localizedFields: [LocalizedFieldInput!]
  poNumber: String
}

input PriceListPriceInput {
  variantId: ID!
  price: MoneyInput!
  compareAtPrice: MoneyInput
}

input ProductVariantsBulkInput {
  barcode: String
  compareAtPrice: Money
  id: ID
  mediaSrc: [String!]
  inventoryPolicy: ProductVariantInventoryPolicy
  inventoryQuantities: [InventoryLevelInput!]
  quantityAdjustments: [InventoryAdjustmentInput!]
  inventoryItem: InventoryItemInput
  mediaId: ID
  metafields: [MetafieldInput!]
  optionValues: [VariantOptionValueInput!]
  price: Money
  taxable: Boolean
  taxCode: String
  unitPriceMeasurement: UnitPriceMeasurementInput
  showUnitPrice: Boolean
  requiresComponents: Boolean
  published: Boolean
}

input UnitPriceMeasurementInput {
  quantityValue: Float
  quantityUnit: UnitPriceMeasurementMeasuredUnit
  referenceValue: Int
  referenceUnit: UnitPriceMeasurementMeasuredUnit
}

input VariantOptionValueInput {
  id: ID
  name: String
  linkedMetafieldValue: String
  optionId: ID
  optionName: String
}

input WeightInput {
  value: Float!
  unit: WeightUnit!
}

input InventoryAdjustQuantitiesInput {
  reason: String!
  name: String!
  referenceDocumentUri: String
  changes: [InventoryChangeInput!]!
}

input InventoryChangeInput {
  delta: Int!
  changeFromQuantity: Int
  inventoryItemId: ID!
  locationId: ID!
  ledgerDocumentUri: String
}

input ProductUpdateInput {
  descriptionHtml: String
  handle: String
  productType: String
  tags: [String!]
  title: String
  vendor: String
  id: ID
  status: ProductStatus
}
"""#
}
