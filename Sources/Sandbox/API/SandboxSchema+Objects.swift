extension SandboxSchema {
    /// Object types, interfaces and unions.
    static let objectTypes = #"""
type Attribute {
  key: String!
  value: String
}

type AutomaticDiscountApplication implements DiscountApplication {
  index: Int!
  allocationMethod: DiscountApplicationAllocationMethod!
  targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType!
  value: PricingValue!
  title: String!
}

type BulkOperation implements Node {
  id: ID!
  status: BulkOperationStatus!
  type: BulkOperationType!
  errorCode: BulkOperationErrorCode
  createdAt: DateTime!
  completedAt: DateTime
  objectCount: UnsignedInt64!
  rootObjectCount: UnsignedInt64!
  fileSize: UnsignedInt64
  url: URL
  partialDataUrl: URL
  query: String!
}

type BulkOperationRunQueryPayload {
  bulkOperation: BulkOperation
  userErrors: [BulkOperationUserError!]!
}

type BulkOperationUserError implements DisplayableError {
  field: [String!]
  message: String!
  code: BulkOperationUserErrorCode
}

interface Catalog implements Node {
  id: ID!
  title: String!
  status: CatalogStatus!
  priceList: PriceList
}

type CatalogConnection {
  edges: [CatalogEdge!]!
  nodes: [Catalog!]!
  pageInfo: PageInfo!
}

type CatalogEdge {
  cursor: String!
  node: Catalog!
}

type Company implements Node {
  id: ID!
  name: String!
  externalId: String
  note: String
  customerSince: DateTime!
  createdAt: DateTime!
  updatedAt: DateTime!
  mainContact: CompanyContact
  contacts(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CompanyContactSortKeys = ID
    query: String
  ): CompanyContactConnection!
  locations(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CompanyLocationSortKeys = ID
    query: String
  ): CompanyLocationConnection!
}

type CompanyAddress implements Node {
  id: ID!
  address1: String!
  address2: String
  city: String
  zip: String
  province: String
  zoneCode: String
  countryCode: CountryCode!
  companyName: String!
  recipient: String
  phone: String
}

type CompanyConnection {
  edges: [CompanyEdge!]!
  nodes: [Company!]!
  pageInfo: PageInfo!
}

type CompanyContact implements Node {
  id: ID!
  customer: Customer!
  company: Company!
  isMainContact: Boolean!
  title: String
  createdAt: DateTime!
  updatedAt: DateTime!
}

type CompanyContactConnection {
  edges: [CompanyContactEdge!]!
  nodes: [CompanyContact!]!
  pageInfo: PageInfo!
}

type CompanyContactEdge {
  cursor: String!
  node: CompanyContact!
}

type CompanyEdge {
  cursor: String!
  node: Company!
}

type CompanyLocation implements Node {
  id: ID!
  name: String!
  externalId: String
  company: Company!
  currency: CurrencyCode!
  phone: String
  billingAddress: CompanyAddress
  shippingAddress: CompanyAddress
  createdAt: DateTime!
  updatedAt: DateTime!
  catalogs(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): CatalogConnection!
}

type CompanyLocationCatalog implements Catalog & Node {
  id: ID!
  title: String!
  status: CatalogStatus!
  priceList: PriceList
  companyLocations(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CompanyLocationSortKeys = ID
    query: String
  ): CompanyLocationConnection!
}

type CompanyLocationConnection {
  edges: [CompanyLocationEdge!]!
  nodes: [CompanyLocation!]!
  pageInfo: PageInfo!
}

type CompanyLocationEdge {
  cursor: String!
  node: CompanyLocation!
}

type Count {
  count: Int!
  precision: CountPrecision!
}

type Customer implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  firstName: String
  lastName: String
  displayName: String!
  email: String
  phone: String
  defaultEmailAddress: CustomerEmailAddress
  defaultPhoneNumber: CustomerPhoneNumber
  addressesV2(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): MailingAddressConnection!
  defaultAddress: MailingAddress
  tags: [String!]!
  note: String
  state: CustomerState!
  taxExempt: Boolean!
  locale: String!
  numberOfOrders: UnsignedInt64!
  amountSpent: MoneyV2!
  createdAt: DateTime!
  updatedAt: DateTime!
  companyContactProfiles: [CompanyContact!]!
}

type CustomerConnection {
  edges: [CustomerEdge!]!
  nodes: [Customer!]!
  pageInfo: PageInfo!
}

type CustomerCreatePayload {
  customer: Customer
  userErrors: [UserError!]!
}

type CustomerEdge {
  cursor: String!
  node: Customer!
}

type CustomerEmailAddress {
  emailAddress: String!
}

type CustomerPhoneNumber {
  phoneNumber: String!
}

type CustomerUpdatePayload {
  customer: Customer
  userErrors: [UserError!]!
}

interface DiscountApplication {
  index: Int!
  allocationMethod: DiscountApplicationAllocationMethod!
  targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType!
  value: PricingValue!
}

type DiscountApplicationConnection {
  edges: [DiscountApplicationEdge!]!
  nodes: [DiscountApplication!]!
  pageInfo: PageInfo!
}

type DiscountApplicationEdge {
  cursor: String!
  node: DiscountApplication!
}

type DiscountCodeApplication implements DiscountApplication {
  index: Int!
  allocationMethod: DiscountApplicationAllocationMethod!
  targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType!
  value: PricingValue!
  code: String!
}

interface DisplayableError {
  field: [String!]
  message: String!
}

type Fulfillment implements Node {
  id: ID!
  name: String!
  status: FulfillmentStatus!
  displayStatus: FulfillmentDisplayStatus
  trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
  fulfillmentLineItems(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): FulfillmentLineItemConnection!
  location: Location
  order: Order!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type FulfillmentCreatePayload {
  fulfillment: Fulfillment
  userErrors: [UserError!]!
}

type FulfillmentLineItem implements Node {
  id: ID!
  lineItem: LineItem!
  quantity: Int
}

type FulfillmentLineItemConnection {
  edges: [FulfillmentLineItemEdge!]!
  nodes: [FulfillmentLineItem!]!
  pageInfo: PageInfo!
}

type FulfillmentLineItemEdge {
  cursor: String!
  node: FulfillmentLineItem!
}

type FulfillmentOrder implements Node {
  id: ID!
  status: FulfillmentOrderStatus!
  requestStatus: FulfillmentOrderRequestStatus!
  assignedLocation: FulfillmentOrderAssignedLocation!
  lineItems(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): FulfillmentOrderLineItemConnection!
  order: Order!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type FulfillmentOrderAssignedLocation {
  location: Location
  name: String!
}

type FulfillmentOrderConnection {
  edges: [FulfillmentOrderEdge!]!
  nodes: [FulfillmentOrder!]!
  pageInfo: PageInfo!
}

type FulfillmentOrderEdge {
  cursor: String!
  node: FulfillmentOrder!
}

type FulfillmentOrderLineItem implements Node {
  id: ID!
  lineItem: LineItem!
  sku: String
  totalQuantity: Int!
  remainingQuantity: Int!
  variant: ProductVariant
  inventoryItemId: ID
}

type FulfillmentOrderLineItemConnection {
  edges: [FulfillmentOrderLineItemEdge!]!
  nodes: [FulfillmentOrderLineItem!]!
  pageInfo: PageInfo!
}

type FulfillmentOrderLineItemEdge {
  cursor: String!
  node: FulfillmentOrderLineItem!
}

type FulfillmentTrackingInfo {
  company: String
  number: String
  url: URL
}

type Image {
  url(transform: ImageTransformInput): URL!
  altText: String
  width: Int
  height: Int
}

type InventoryAdjustmentGroup implements Node {
  id: ID!
  createdAt: DateTime!
  reason: String!
  referenceDocumentUri: String
  changes(
    inventoryItemIds: [ID!]
    locationIds: [ID!]
    quantityNames: [String!]
  ): [InventoryChange!]!
}

type InventoryChange {
  name: String!
  delta: Int!
  quantityAfterChange: Int
  item: InventoryItem
  location: Location
}

type InventoryItem implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  sku: String
  tracked: Boolean!
  unitCost: MoneyV2
  inventoryLevel(locationId: ID!, includeInactive: Boolean = false): InventoryLevel
  inventoryLevels(
    includeInactive: Boolean = false
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    query: String
  ): InventoryLevelConnection!
  variant: ProductVariant!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type InventoryItemConnection {
  edges: [InventoryItemEdge!]!
  nodes: [InventoryItem!]!
  pageInfo: PageInfo!
}

type InventoryItemEdge {
  cursor: String!
  node: InventoryItem!
}

type InventoryLevel implements Node {
  id: ID!
  item: InventoryItem!
  location: Location!
  quantities(names: [String!]!): [InventoryQuantity!]!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type InventoryLevelConnection {
  edges: [InventoryLevelEdge!]!
  nodes: [InventoryLevel!]!
  pageInfo: PageInfo!
}

type InventoryLevelEdge {
  cursor: String!
  node: InventoryLevel!
}

type InventoryQuantity implements Node {
  name: String!
  quantity: Int!
  updatedAt: DateTime
}

type InventorySetQuantitiesPayload {
  inventoryAdjustmentGroup: InventoryAdjustmentGroup
  userErrors: [InventorySetQuantitiesUserError!]!
}

type InventorySetQuantitiesUserError implements DisplayableError {
  field: [String!]
  message: String!
  code: InventorySetQuantitiesUserErrorCode
}

type LineItem implements Node {
  id: ID!
  title: String!
  name: String!
  sku: String
  variantTitle: String
  quantity: Int!
  currentQuantity: Int!
  unfulfilledQuantity: Int!
  refundableQuantity: Int!
  variant: ProductVariant
  product: Product
  originalUnitPriceSet: MoneyBag!
  discountedUnitPriceAfterAllDiscountsSet: MoneyBag!
  originalTotalSet: MoneyBag!
  discountedTotalSet(withCodeDiscounts: Boolean = false): MoneyBag!
  totalDiscountSet: MoneyBag!
  taxLines(first: Int): [TaxLine!]!
  requiresShipping: Boolean!
  taxable: Boolean!
}

type LineItemConnection {
  edges: [LineItemEdge!]!
  nodes: [LineItem!]!
  pageInfo: PageInfo!
}

type LineItemEdge {
  cursor: String!
  node: LineItem!
}

type Location implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  isActive: Boolean!
  fulfillsOnlineOrders: Boolean!
  address: LocationAddress!
}

type LocationAddress {
  address1: String
  address2: String
  city: String
  zip: String
  country: String
  countryCode: String
  province: String
  provinceCode: String
}

type LocationConnection {
  edges: [LocationEdge!]!
  nodes: [Location!]!
  pageInfo: PageInfo!
}

type LocationEdge {
  cursor: String!
  node: Location!
}

type MailingAddress implements Node {
  id: ID!
  firstName: String
  lastName: String
  name: String
  company: String
  address1: String
  address2: String
  city: String
  province: String
  provinceCode: String
  zip: String
  country: String
  countryCodeV2: CountryCode
  phone: String
}

type MailingAddressConnection {
  edges: [MailingAddressEdge!]!
  nodes: [MailingAddress!]!
  pageInfo: PageInfo!
}

type MailingAddressEdge {
  cursor: String!
  node: MailingAddress!
}

type ManualDiscountApplication implements DiscountApplication {
  index: Int!
  allocationMethod: DiscountApplicationAllocationMethod!
  targetSelection: DiscountApplicationTargetSelection!
  targetType: DiscountApplicationTargetType!
  value: PricingValue!
  title: String!
}

interface Media {
  id: ID!
  alt: String
  mediaContentType: MediaContentType!
  status: MediaStatus!
}

type MediaConnection {
  edges: [MediaEdge!]!
  nodes: [Media!]!
  pageInfo: PageInfo!
}

type MediaEdge {
  cursor: String!
  node: Media!
}

type MediaImage implements Media & Node {
  id: ID!
  alt: String
  mediaContentType: MediaContentType!
  status: MediaStatus!
  image: Image
}

type MoneyBag {
  shopMoney: MoneyV2!
  presentmentMoney: MoneyV2!
}

type MoneyV2 {
  amount: Decimal!
  currencyCode: CurrencyCode!
}

type Mutation {
  inventorySetQuantities(input: InventorySetQuantitiesInput!): InventorySetQuantitiesPayload
  fulfillmentCreate(fulfillment: FulfillmentInput!, message: String): FulfillmentCreatePayload
  orderClose(input: OrderCloseInput!): OrderClosePayload
  orderUpdate(input: OrderInput!): OrderUpdatePayload
  customerCreate(input: CustomerInput!): CustomerCreatePayload
  customerUpdate(input: CustomerInput!): CustomerUpdatePayload
  productVariantsBulkUpdate(
    variants: [ProductVariantsBulkInput!]!
    productId: ID!
    media: [CreateMediaInput!]
    allowPartialUpdates: Boolean = false
  ): ProductVariantsBulkUpdatePayload
  priceListFixedPricesAdd(
    priceListId: ID!
    prices: [PriceListPriceInput!]!
  ): PriceListFixedPricesAddPayload
  bulkOperationRunQuery(
    query: String!
    groupObjects: Boolean! = false
  ): BulkOperationRunQueryPayload
  inventoryAdjustQuantities(input: InventoryAdjustQuantitiesInput!): InventoryAdjustQuantitiesPayload
  tagsAdd(id: ID!, tags: [String!]!): TagsAddPayload
  tagsRemove(id: ID!, tags: [String!]!): TagsRemovePayload
  productUpdate(product: ProductUpdateInput): ProductUpdatePayload
}

interface Node {
  id: ID!
}

type Order implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  number: Int!
  createdAt: DateTime!
  processedAt: DateTime!
  updatedAt: DateTime!
  closed: Boolean!
  closedAt: DateTime
  cancelledAt: DateTime
  cancelReason: OrderCancelReason
  email: String
  phone: String
  sourceName: String
  tags: [String!]!
  note: String
  customAttributes: [Attribute!]!
  currencyCode: CurrencyCode!
  presentmentCurrencyCode: CurrencyCode!
  taxesIncluded: Boolean!
  displayFinancialStatus: OrderDisplayFinancialStatus
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
  edited: Boolean!
  fullyPaid: Boolean!
  unpaid: Boolean!
  test: Boolean!
  customer: Customer
  purchasingEntity: PurchasingEntity
  billingAddress: MailingAddress
  shippingAddress: MailingAddress
  subtotalPriceSet: MoneyBag
  totalPriceSet: MoneyBag!
  currentTotalPriceSet: MoneyBag!
  totalTaxSet: MoneyBag
  totalShippingPriceSet: MoneyBag!
  totalDiscountsSet: MoneyBag
  totalOutstandingSet: MoneyBag!
  totalReceivedSet: MoneyBag!
  totalRefundedSet: MoneyBag!
  taxLines: [TaxLine!]!
  lineItems(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): LineItemConnection!
  shippingLines(
    includeRemovals: Boolean = false
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): ShippingLineConnection!
  discountApplications(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): DiscountApplicationConnection!
  fulfillmentOrders(
    displayable: Boolean = false
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    query: String
  ): FulfillmentOrderConnection!
  fulfillments(first: Int, query: String): [Fulfillment!]!
  transactions(first: Int, capturable: Boolean, manuallyResolvable: Boolean): [OrderTransaction!]!
  refunds(first: Int): [Refund!]!
  risk: OrderRiskSummary!
}

type OrderClosePayload {
  order: Order
  userErrors: [UserError!]!
}

type OrderConnection {
  edges: [OrderEdge!]!
  nodes: [Order!]!
  pageInfo: PageInfo!
}

type OrderEdge {
  cursor: String!
  node: Order!
}

type OrderRiskSummary {
  recommendation: OrderRiskRecommendationResult!
}

type OrderTransaction implements Node {
  id: ID!
  kind: OrderTransactionKind!
  status: OrderTransactionStatus!
  gateway: String
  amountSet: MoneyBag!
  parentTransaction: OrderTransaction
  processedAt: DateTime
  createdAt: DateTime!
  test: Boolean!
}

type OrderUpdatePayload {
  order: Order
  userErrors: [UserError!]!
}

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type PriceList implements Node {
  id: ID!
  name: String!
  currency: CurrencyCode!
  fixedPricesCount: Int!
  parent: PriceListParent
  prices(
    originType: PriceListPriceOriginType
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    query: String
  ): PriceListPriceConnection!
  catalog: Catalog
}

type PriceListAdjustment {
  type: PriceListAdjustmentType!
  value: Float!
}

type PriceListConnection {
  edges: [PriceListEdge!]!
  nodes: [PriceList!]!
  pageInfo: PageInfo!
}

type PriceListEdge {
  cursor: String!
  node: PriceList!
}

type PriceListFixedPricesAddPayload {
  prices: [PriceListPrice!]
  userErrors: [PriceListPriceUserError!]!
}

type PriceListParent {
  adjustment: PriceListAdjustment!
}

type PriceListPrice {
  variant: ProductVariant!
  price: MoneyV2!
  compareAtPrice: MoneyV2
  originType: PriceListPriceOriginType!
}

type PriceListPriceConnection {
  edges: [PriceListPriceEdge!]!
  nodes: [PriceListPrice!]!
  pageInfo: PageInfo!
}

type PriceListPriceEdge {
  cursor: String!
  node: PriceListPrice!
}

type PriceListPriceUserError implements DisplayableError {
  field: [String!]
  message: String!
  code: PriceListPriceUserErrorCode
}

type PricingPercentageValue {
  percentage: Float!
}

type Product implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  title: String!
  handle: String!
  status: ProductStatus!
  vendor: String!
  productType: String!
  tags: [String!]!
  descriptionHtml: HTML!
  variants(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: ProductVariantSortKeys = POSITION
  ): ProductVariantConnection!
  media(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: ProductMediaSortKeys = POSITION
    query: String
  ): MediaConnection!
  totalInventory: Int!
  hasOnlyDefaultVariant: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type ProductConnection {
  edges: [ProductEdge!]!
  nodes: [Product!]!
  pageInfo: PageInfo!
}

type ProductEdge {
  cursor: String!
  node: Product!
}

type ProductVariant implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  title: String!
  sku: String
  barcode: String
  price: Money!
  compareAtPrice: Money
  position: Int!
  selectedOptions: [SelectedOption!]!
  inventoryItem: InventoryItem!
  inventoryQuantity: Int
  taxable: Boolean!
  product: Product!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type ProductVariantConnection {
  edges: [ProductVariantEdge!]!
  nodes: [ProductVariant!]!
  pageInfo: PageInfo!
}

type ProductVariantEdge {
  cursor: String!
  node: ProductVariant!
}

type ProductVariantsBulkUpdatePayload {
  product: Product
  productVariants: [ProductVariant!]
  userErrors: [ProductVariantsBulkUpdateUserError!]!
}

type ProductVariantsBulkUpdateUserError implements DisplayableError {
  field: [String!]
  message: String!
  code: ProductVariantsBulkUpdateUserErrorCode
}

type PurchasingCompany {
  company: Company!
  location: CompanyLocation!
  contact: CompanyContact
}

type Refund implements Node {
  id: ID!
  createdAt: DateTime
  note: String
  totalRefundedSet: MoneyBag!
  refundLineItems(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
  ): RefundLineItemConnection!
}

type RefundLineItem {
  id: ID
  lineItem: LineItem!
  quantity: Int!
}

type RefundLineItemConnection {
  edges: [RefundLineItemEdge!]!
  nodes: [RefundLineItem!]!
  pageInfo: PageInfo!
}

type RefundLineItemEdge {
  cursor: String!
  node: RefundLineItem!
}

type QueryRoot {
  customers(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CustomerSortKeys = ID
    query: String
  ): CustomerConnection!
  customer(id: ID!): Customer
  companies(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CompanySortKeys = ID
    query: String
  ): CompanyConnection!
  company(id: ID!): Company
  companyLocation(id: ID!): CompanyLocation
  products(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: ProductSortKeys = ID
    query: String
    savedSearchId: ID
  ): ProductConnection!
  product(id: ID!): Product
  productVariants(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: ProductVariantSortKeys = ID
    query: String
    savedSearchId: ID
  ): ProductVariantConnection!
  productVariant(id: ID!): ProductVariant
  orders(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: OrderSortKeys = PROCESSED_AT
    query: String
    savedSearchId: ID
  ): OrderConnection!
  order(id: ID!): Order
  ordersCount(query: String, savedSearchId: ID, limit: Int = 10000): Count
  customersCount(query: String, limit: Int = 10000): Count
  productsCount(query: String, savedSearchId: ID, limit: Int = 10000): Count
  locations(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: LocationSortKeys = NAME
    query: String
    includeLegacy: Boolean = false
    includeInactive: Boolean = false
  ): LocationConnection!
  location(id: ID): Location
  inventoryItems(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    query: String
  ): InventoryItemConnection!
  inventoryItem(id: ID!): InventoryItem
  fulfillmentOrder(id: ID!): FulfillmentOrder
  catalogs(
    type: CatalogType = null
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: CatalogSortKeys = ID
    query: String
  ): CatalogConnection!
  catalog(id: ID!): Catalog
  priceLists(
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: PriceListSortKeys = ID
  ): PriceListConnection!
  priceList(id: ID!): PriceList
  bulkOperation(id: ID!): BulkOperation
  currentBulkOperation(type: BulkOperationType = QUERY): BulkOperation
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  shop: Shop!
  shopifyPaymentsAccount: ShopifyPaymentsAccount
}

type SelectedOption {
  name: String!
  value: String!
}

type ShippingLine {
  id: ID
  title: String!
  code: String
  originalPriceSet: MoneyBag!
  discountedPriceSet: MoneyBag!
  taxLines: [TaxLine!]!
}

type ShippingLineConnection {
  edges: [ShippingLineEdge!]!
  nodes: [ShippingLine!]!
  pageInfo: PageInfo!
}

type ShippingLineEdge {
  cursor: String!
  node: ShippingLine!
}

type Shop implements Node {
  id: ID!
  name: String!
  email: String!
  myshopifyDomain: String!
  currencyCode: CurrencyCode!
  ianaTimezone: String!
}

type ShopifyPaymentsAccount implements Node {
  id: ID!
  payouts(
    transactionType: ShopifyPaymentsPayoutTransactionType
    first: Int
    after: String
    last: Int
    before: String
    reverse: Boolean = false
    sortKey: PayoutSortKeys = ISSUED_AT
    query: String
    savedSearchId: ID
  ): ShopifyPaymentsPayoutConnection!
}

type ShopifyPaymentsPayout implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  issuedAt: DateTime!
  net: MoneyV2!
  status: ShopifyPaymentsPayoutStatus!
  transactionType: ShopifyPaymentsPayoutTransactionType!
}

type ShopifyPaymentsPayoutConnection {
  edges: [ShopifyPaymentsPayoutEdge!]!
  nodes: [ShopifyPaymentsPayout!]!
  pageInfo: PageInfo!
}

type ShopifyPaymentsPayoutEdge {
  cursor: String!
  node: ShopifyPaymentsPayout!
}

type TaxLine {
  title: String!
  rate: Float
  ratePercentage: Float
  priceSet: MoneyBag!
}

type UserError implements DisplayableError {
  field: [String!]
  message: String!
}

union PricingValue = MoneyV2 | PricingPercentageValue

union PurchasingEntity = Customer | PurchasingCompany

type InventoryAdjustQuantitiesPayload {
  inventoryAdjustmentGroup: InventoryAdjustmentGroup
  userErrors: [InventoryAdjustQuantitiesUserError!]!
}

type InventoryAdjustQuantitiesUserError implements DisplayableError {
  code: InventoryAdjustQuantitiesUserErrorCode
  field: [String!]
  message: String!
}

type TagsAddPayload {
  node: Node
  userErrors: [UserError!]!
}

type TagsRemovePayload {
  node: Node
  userErrors: [UserError!]!
}

type ProductUpdatePayload {
  product: Product
  userErrors: [UserError!]!
}
"""#
}
