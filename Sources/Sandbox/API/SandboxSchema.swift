import GraphQL

/// The part of Shopify's Admin API (2026-07) the sandbox serves, as SDL.
///
/// Every type, field, argument and enum value here exists in Shopify's schema with the same type
/// (a test holds it to `admin-2026-07.graphql`); descriptions and deprecation notes are left out.
/// It was cut from the real schema: only the fields the connector reads or writes, and the input
/// and enum types their arguments need, whole.
public enum SandboxSchema {
    /// The served schema, parsed once.
    public static let schema: Schema = {
        switch Schema.parse(sdl: sdl) {
        case .success(let schema): return schema
        case .failure(let error): preconditionFailure("the sandbox schema does not parse: \(error)")
        }
    }()

    /// The SDL text.
    public static let sdl = #"""
schema {
  query: QueryRoot
  mutation: Mutation
}

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

input AttributeInput {
  key: String!
  value: String!
}

enum BulkOperationErrorCode {
  ACCESS_DENIED
  INTERNAL_SERVER_ERROR
  TIMEOUT
}

enum BulkOperationStatus {
  CANCELED
  CANCELING
  COMPLETED
  CREATED
  EXPIRED
  FAILED
  RUNNING
}

enum BulkOperationType {
  QUERY
  MUTATION
}

enum BulkOperationUserErrorCode {
  OPERATION_IN_PROGRESS
  INVALID
  LIMIT_REACHED
}

enum CatalogSortKeys {
  ID
  RELEVANCE
  TITLE
  TYPE
}

enum CatalogStatus {
  ACTIVE
  ARCHIVED
  DRAFT
}

enum CatalogType {
  NONE
  APP
  COMPANY_LOCATION
  MARKET
}

enum CompanyContactSortKeys {
  COMPANY_ID
  CREATED_AT
  EMAIL
  ID
  NAME
  NAME_EMAIL
  RELEVANCE
  TITLE
  UPDATED_AT
}

enum CompanyLocationSortKeys {
  COMPANY_AND_LOCATION_NAME
  COMPANY_ID
  CREATED_AT
  ID
  NAME
  RELEVANCE
  UPDATED_AT
}

enum CompanySortKeys {
  CREATED_AT
  ID
  NAME
  ORDER_COUNT
  SINCE_DATE
  TOTAL_SPENT
  UPDATED_AT
}

enum CountPrecision {
  EXACT
  AT_LEAST
}

enum CountryCode {
  AF
  AX
  AL
  DZ
  AD
  AO
  AI
  AG
  AR
  AM
  AW
  AC
  AU
  AT
  AZ
  BS
  BH
  BD
  BB
  BY
  BE
  BZ
  BJ
  BM
  BT
  BO
  BA
  BW
  BV
  BR
  IO
  BN
  BG
  BF
  BI
  KH
  CA
  CV
  BQ
  KY
  CF
  TD
  CL
  CN
  CX
  CC
  CO
  KM
  CG
  CD
  CK
  CR
  HR
  CU
  CW
  CY
  CZ
  CI
  DK
  DJ
  DM
  DO
  EC
  EG
  SV
  GQ
  ER
  EE
  SZ
  ET
  FK
  FO
  FJ
  FI
  FR
  GF
  PF
  TF
  GA
  GM
  GE
  DE
  GH
  GI
  GR
  GL
  GD
  GP
  GT
  GG
  GN
  GW
  GY
  HT
  HM
  VA
  HN
  HK
  HU
  IS
  IN
  ID
  IR
  IQ
  IE
  IM
  IL
  IT
  JM
  JP
  JE
  JO
  KZ
  KE
  KI
  KP
  XK
  KW
  KG
  LA
  LV
  LB
  LS
  LR
  LY
  LI
  LT
  LU
  MO
  MG
  MW
  MY
  MV
  ML
  MT
  MQ
  MR
  MU
  YT
  MX
  MD
  MC
  MN
  ME
  MS
  MA
  MZ
  MM
  NA
  NR
  NP
  NL
  AN
  NC
  NZ
  NI
  NE
  NG
  NU
  NF
  MK
  NO
  OM
  PK
  PS
  PA
  PG
  PY
  PE
  PH
  PN
  PL
  PT
  QA
  CM
  RE
  RO
  RU
  RW
  BL
  SH
  KN
  LC
  MF
  PM
  WS
  SM
  ST
  SA
  SN
  RS
  SC
  SL
  SG
  SX
  SK
  SI
  SB
  SO
  ZA
  GS
  KR
  SS
  ES
  LK
  VC
  SD
  SR
  SJ
  SE
  CH
  SY
  TW
  TJ
  TZ
  TH
  TL
  TG
  TK
  TO
  TT
  TA
  TN
  TR
  TM
  TC
  TV
  UG
  UA
  AE
  GB
  US
  UM
  UY
  UZ
  VU
  VE
  VN
  VG
  WF
  EH
  YE
  ZM
  ZW
  ZZ
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

enum CropRegion {
  CENTER
  TOP
  BOTTOM
  LEFT
  RIGHT
}

enum CurrencyCode {
  USD
  EUR
  GBP
  CAD
  AFN
  ALL
  DZD
  AOA
  ARS
  AMD
  AWG
  AUD
  BBD
  AZN
  BDT
  BSD
  BHD
  BIF
  BYN
  BZD
  BMD
  BTN
  BAM
  BRL
  BOB
  BWP
  BND
  BGN
  MMK
  KHR
  CVE
  KYD
  XAF
  CLP
  CNY
  COP
  KMF
  CDF
  CRC
  HRK
  CZK
  DKK
  DJF
  DOP
  XCD
  EGP
  ERN
  ETB
  FKP
  XPF
  FJD
  GIP
  GMD
  GHS
  GTQ
  GYD
  GEL
  GNF
  HTG
  HNL
  HKD
  HUF
  ISK
  INR
  IDR
  ILS
  IRR
  IQD
  JMD
  JPY
  JEP
  JOD
  KZT
  KES
  KID
  KWD
  KGS
  LAK
  LVL
  LBP
  LSL
  LRD
  LYD
  LTL
  MGA
  MKD
  MOP
  MWK
  MVR
  MRU
  MXN
  MYR
  MUR
  MDL
  MAD
  MNT
  MZN
  NAD
  NPR
  ANG
  NZD
  NIO
  NGN
  NOK
  OMR
  PAB
  PKR
  PGK
  PYG
  PEN
  PHP
  PLN
  QAR
  RON
  RUB
  RWF
  WST
  SHP
  SAR
  RSD
  SCR
  SLL
  SGD
  SDG
  SOS
  SYP
  ZAR
  KRW
  SSP
  SBD
  LKR
  SRD
  SZL
  SEK
  CHF
  TWD
  THB
  TJS
  TZS
  TOP
  TTD
  TND
  TRY
  TMT
  UGX
  UAH
  AED
  UYU
  UZS
  VUV
  VES
  VND
  XOF
  YER
  ZMW
  USDC
  BYR
  STD
  STN
  VED
  VEF
  XXX
}

input CustomerEmailMarketingConsentInput {
  marketingOptInLevel: CustomerMarketingOptInLevel
  marketingState: CustomerEmailMarketingState!
  consentUpdatedAt: DateTime
  sourceLocationId: ID
}

enum CustomerEmailMarketingState {
  NOT_SUBSCRIBED
  PENDING
  SUBSCRIBED
  UNSUBSCRIBED
  REDACTED
  INVALID
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

enum CustomerMarketingConsentState {
  NEVER_SUBSCRIBED
  PENDING
  SUBSCRIBED
  UNSUBSCRIBED
  REDACTED
}

enum CustomerMarketingOptInLevel {
  SINGLE_OPT_IN
  CONFIRMED_OPT_IN
  UNKNOWN
}

input CustomerSmsMarketingConsentInput {
  marketingOptInLevel: CustomerMarketingOptInLevel
  marketingState: CustomerSmsMarketingState!
  consentUpdatedAt: DateTime
  sourceLocationId: ID
}

enum CustomerSmsMarketingState {
  NOT_SUBSCRIBED
  PENDING
  SUBSCRIBED
  UNSUBSCRIBED
  REDACTED
}

enum CustomerSortKeys {
  CREATED_AT
  ID
  LOCATION
  NAME
  RELEVANCE
  UPDATED_AT
}

enum CustomerState {
  DECLINED
  DISABLED
  ENABLED
  INVITED
}

scalar DateTime

scalar Decimal

enum DiscountApplicationAllocationMethod {
  ACROSS
  EACH
  ONE
}

enum DiscountApplicationTargetSelection {
  ALL
  ENTITLED
  EXPLICIT
}

enum DiscountApplicationTargetType {
  LINE_ITEM
  SHIPPING_LINE
}

enum FulfillmentDisplayStatus {
  ATTEMPTED_DELIVERY
  CANCELED
  CONFIRMED
  DELAYED
  DELIVERED
  FAILURE
  FULFILLED
  CARRIER_PICKED_UP
  IN_TRANSIT
  LABEL_PRINTED
  LABEL_PURCHASED
  LABEL_VOIDED
  MARKED_AS_FULFILLED
  NOT_DELIVERED
  OUT_FOR_DELIVERY
  READY_FOR_PICKUP
  PICKED_UP
  SUBMITTED
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

enum FulfillmentOrderRequestStatus {
  UNSUBMITTED
  SUBMITTED
  ACCEPTED
  REJECTED
  CANCELLATION_REQUESTED
  CANCELLATION_ACCEPTED
  CANCELLATION_REJECTED
  CLOSED
}

enum FulfillmentOrderStatus {
  OPEN
  IN_PROGRESS
  CANCELLED
  INCOMPLETE
  CLOSED
  SCHEDULED
  ON_HOLD
}

input FulfillmentOriginAddressInput {
  address1: String
  address2: String
  city: String
  zip: String
  provinceCode: String
  countryCode: String!
}

enum FulfillmentStatus {
  PENDING
  OPEN
  SUCCESS
  CANCELLED
  ERROR
  FAILURE
}

input FulfillmentTrackingInput {
  number: String
  url: URL
  company: String
  numbers: [String!]
  urls: [URL!]
}

scalar HTML

enum ImageContentType {
  PNG
  JPG
  WEBP
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

enum InventorySetQuantitiesUserErrorCode {
  INVALID_INVENTORY_ITEM
  INVALID_LOCATION
  INVALID_QUANTITY_NEGATIVE
  INVALID_REASON
  INVALID_REFERENCE_DOCUMENT
  ITEM_NOT_STOCKED_AT_LOCATION
  INVALID_QUANTITY_TOO_HIGH
  INVALID_QUANTITY_TOO_LOW
  COMPARE_QUANTITY_REQUIRED
  COMPARE_QUANTITY_STALE
  CHANGE_FROM_QUANTITY_STALE
  INVALID_NAME
  NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR
  NON_MUTABLE_INVENTORY_ITEM
  IDEMPOTENCY_CONCURRENT_REQUEST
  IDEMPOTENCY_KEY_PARAMETER_MISMATCH
  IDEMPOTENCY_PREVIOUS_ATTEMPT_FAILED
}

input LocalizationExtensionInput {
  key: LocalizationExtensionKey!
  value: String!
}

enum LocalizationExtensionKey {
  TAX_CREDENTIAL_BR
  SHIPPING_CREDENTIAL_BR
  TAX_CREDENTIAL_CL
  SHIPPING_CREDENTIAL_CL
  SHIPPING_CREDENTIAL_CN
  TAX_CREDENTIAL_CO
  TAX_CREDENTIAL_TYPE_CO
  SHIPPING_CREDENTIAL_CO
  SHIPPING_CREDENTIAL_TYPE_CO
  TAX_CREDENTIAL_CR
  SHIPPING_CREDENTIAL_CR
  TAX_CREDENTIAL_EC
  SHIPPING_CREDENTIAL_EC
  TAX_CREDENTIAL_GT
  SHIPPING_CREDENTIAL_GT
  TAX_CREDENTIAL_ID
  SHIPPING_CREDENTIAL_ID
  TAX_CREDENTIAL_IT
  TAX_EMAIL_IT
  TAX_CREDENTIAL_MY
  SHIPPING_CREDENTIAL_MY
  SHIPPING_CREDENTIAL_MX
  TAX_CREDENTIAL_MX
  TAX_CREDENTIAL_TYPE_MX
  TAX_CREDENTIAL_USE_MX
  TAX_CREDENTIAL_PY
  SHIPPING_CREDENTIAL_PY
  TAX_CREDENTIAL_PE
  SHIPPING_CREDENTIAL_PE
  TAX_CREDENTIAL_PT
  SHIPPING_CREDENTIAL_PT
  SHIPPING_CREDENTIAL_KR
  TAX_CREDENTIAL_ES
  SHIPPING_CREDENTIAL_ES
  SHIPPING_CREDENTIAL_TW
  TAX_CREDENTIAL_TR
  SHIPPING_CREDENTIAL_TR
}

input LocalizedFieldInput {
  key: LocalizedFieldKey!
  value: String!
}

enum LocalizedFieldKey {
  TAX_CREDENTIAL_BR
  SHIPPING_CREDENTIAL_BR
  TAX_CREDENTIAL_CL
  SHIPPING_CREDENTIAL_CL
  SHIPPING_CREDENTIAL_CN
  TAX_CREDENTIAL_CO
  TAX_CREDENTIAL_TYPE_CO
  SHIPPING_CREDENTIAL_CO
  SHIPPING_CREDENTIAL_TYPE_CO
  TAX_CREDENTIAL_CR
  SHIPPING_CREDENTIAL_CR
  TAX_CREDENTIAL_EC
  SHIPPING_CREDENTIAL_EC
  TAX_CREDENTIAL_GT
  SHIPPING_CREDENTIAL_GT
  TAX_CREDENTIAL_ID
  SHIPPING_CREDENTIAL_ID
  TAX_CREDENTIAL_IT
  TAX_EMAIL_IT
  TAX_CREDENTIAL_MY
  SHIPPING_CREDENTIAL_MY
  SHIPPING_CREDENTIAL_MX
  TAX_CREDENTIAL_MX
  TAX_CREDENTIAL_TYPE_MX
  TAX_CREDENTIAL_USE_MX
  TAX_CREDENTIAL_PY
  SHIPPING_CREDENTIAL_PY
  TAX_CREDENTIAL_PE
  SHIPPING_CREDENTIAL_PE
  TAX_CREDENTIAL_PT
  SHIPPING_CREDENTIAL_PT
  SHIPPING_CREDENTIAL_KR
  TAX_CREDENTIAL_ES
  SHIPPING_CREDENTIAL_ES
  SHIPPING_CREDENTIAL_TW
  TAX_CREDENTIAL_TR
  SHIPPING_CREDENTIAL_TR
}

enum LocationSortKeys {
  ID
  NAME
  RELEVANCE
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

enum MediaContentType {
  VIDEO
  EXTERNAL_VIDEO
  MODEL_3D
  IMAGE
}

enum MediaStatus {
  UPLOADED
  PROCESSING
  READY
  FAILED
}

input MetafieldInput {
  id: ID
  namespace: String
  key: String
  value: String
  type: String
}

scalar Money

input MoneyInput {
  amount: Decimal!
  currencyCode: CurrencyCode!
}

enum OrderCancelReason {
  CUSTOMER
  DECLINED
  FRAUD
  INVENTORY
  STAFF
  OTHER
}

input OrderCloseInput {
  id: ID!
}

enum OrderDisplayFinancialStatus {
  PENDING
  AUTHORIZED
  PARTIALLY_PAID
  PARTIALLY_REFUNDED
  VOIDED
  PAID
  REFUNDED
  EXPIRED
}

enum OrderDisplayFulfillmentStatus {
  UNFULFILLED
  PARTIALLY_FULFILLED
  FULFILLED
  RESTOCKED
  PENDING_FULFILLMENT
  OPEN
  IN_PROGRESS
  ON_HOLD
  SCHEDULED
  REQUEST_DECLINED
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

enum OrderRiskRecommendationResult {
  CANCEL
  INVESTIGATE
  ACCEPT
  NONE
}

enum OrderSortKeys {
  CREATED_AT
  CURRENT_TOTAL_PRICE
  CUSTOMER_NAME
  DESTINATION
  FINANCIAL_STATUS
  FULFILLMENT_STATUS
  ID
  ORDER_NUMBER
  PO_NUMBER
  PROCESSED_AT
  RELEVANCE
  TOTAL_ITEMS_QUANTITY
  TOTAL_PRICE
  UPDATED_AT
}

enum OrderTransactionKind {
  SALE
  CAPTURE
  AUTHORIZATION
  VOID
  REFUND
  CHANGE
  EMV_AUTHORIZATION
  SUGGESTED_REFUND
}

enum OrderTransactionStatus {
  SUCCESS
  FAILURE
  PENDING
  ERROR
  AWAITING_RESPONSE
  UNKNOWN
}

enum PayoutSortKeys {
  ADJUSTMENT_GROSS
  ADVANCE_GROSS
  AMOUNT
  CHARGE_GROSS
  DUTIES_GROSS
  FEE_AMOUNT
  ID
  ISSUED_AT
  REFUND_GROSS
  SHIPPING_LABEL_GROSS
  STATUS
}

enum PriceListAdjustmentType {
  PERCENTAGE_DECREASE
  PERCENTAGE_INCREASE
}

input PriceListPriceInput {
  variantId: ID!
  price: MoneyInput!
  compareAtPrice: MoneyInput
}

enum PriceListPriceOriginType {
  FIXED
  RELATIVE
}

enum PriceListPriceUserErrorCode {
  BLANK
  PRICE_LIST_NOT_FOUND
  PRICE_LIST_CURRENCY_MISMATCH
  LOCAL_CURRENCY_GIFT_CARD_ISSUANCE_CURRENCY_MISMATCH
  LOCAL_CURRENCY_GIFT_CARD_LIMIT_EXCEEDED
  VARIANT_NOT_FOUND
  PRICE_NOT_FIXED
}

enum PriceListSortKeys {
  ID
  NAME
}

enum ProductMediaSortKeys {
  ID
  POSITION
}

enum ProductSortKeys {
  CREATED_AT
  ID
  INVENTORY_TOTAL
  PRODUCT_TYPE
  PUBLISHED_AT
  RELEVANCE
  TITLE
  UPDATED_AT
  VENDOR
}

enum ProductStatus {
  ACTIVE
  ARCHIVED
  DRAFT
  UNLISTED
}

enum ProductVariantInventoryPolicy {
  DENY
  CONTINUE
}

enum ProductVariantSortKeys {
  FULL_TITLE
  ID
  INVENTORY_LEVELS_AVAILABLE
  INVENTORY_MANAGEMENT
  INVENTORY_POLICY
  INVENTORY_QUANTITY
  NAME
  POPULAR
  POSITION
  RELEVANCE
  SKU
  TITLE
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

enum ProductVariantsBulkUpdateUserErrorCode {
  INVALID_INPUT
  CANNOT_SPECIFY_BOTH
  MUST_SPECIFY_ONE_OF_PAIR
  OPTION_VALUE_NAME_TOO_LONG
  PRODUCT_DOES_NOT_EXIST
  PRODUCT_VARIANT_ID_MISSING
  PRODUCT_VARIANT_DOES_NOT_EXIST
  OPTION_DOES_NOT_EXIST
  OPTION_VALUE_DOES_NOT_EXIST
  MUST_BE_FOR_THIS_PRODUCT
  NOT_DEFINED_FOR_SHOP
  PRODUCT_SUSPENDED
  NO_INVENTORY_QUANTITIES_ON_VARIANTS_UPDATE
  VARIANT_ALREADY_EXISTS
  GREATER_THAN_OR_EQUAL_TO
  NEED_TO_ADD_OPTION_VALUES
  OPTION_VALUES_FOR_NUMBER_OF_UNKNOWN_OPTIONS
  SUBSCRIPTION_VIOLATION
  NO_INVENTORY_QUANTITES_DURING_UPDATE
  NEGATIVE_PRICE_VALUE
  LOCAL_CURRENCY_GIFT_CARD_PRICE_MUST_BE_ZERO
  BLANK
  TOO_SHORT
  TOO_LONG
  INVALID_VALUE
  CANNOT_SET_NAME_FOR_LINKED_OPTION_VALUE
  UNSUPPORTED_COMBINED_LISTING_PARENT_OPERATION
  INVENTORY_QUANTITIES_LIMIT_EXCEEDED
}

enum ShopifyPaymentsPayoutStatus {
  SCHEDULED
  IN_TRANSIT
  PAID
  FAILED
  CANCELED
}

enum ShopifyPaymentsPayoutTransactionType {
  DEPOSIT
  WITHDRAWAL
}

enum TaxExemption {
  CA_STATUS_CARD_EXEMPTION
  CA_BC_RESELLER_EXEMPTION
  CA_MB_RESELLER_EXEMPTION
  CA_SK_RESELLER_EXEMPTION
  CA_SK_VPT_RESELLER_EXEMPTION
  CA_NL_VPT_RESELLER_EXEMPTION
  CA_DIPLOMAT_EXEMPTION
  CA_BC_COMMERCIAL_FISHERY_EXEMPTION
  CA_MB_COMMERCIAL_FISHERY_EXEMPTION
  CA_NS_COMMERCIAL_FISHERY_EXEMPTION
  CA_PE_COMMERCIAL_FISHERY_EXEMPTION
  CA_SK_COMMERCIAL_FISHERY_EXEMPTION
  CA_BC_PRODUCTION_AND_MACHINERY_EXEMPTION
  CA_SK_PRODUCTION_AND_MACHINERY_EXEMPTION
  CA_BC_SUB_CONTRACTOR_EXEMPTION
  CA_SK_SUB_CONTRACTOR_EXEMPTION
  CA_BC_CONTRACTOR_EXEMPTION
  CA_SK_CONTRACTOR_EXEMPTION
  CA_ON_PURCHASE_EXEMPTION
  CA_MB_FARMER_EXEMPTION
  CA_NS_FARMER_EXEMPTION
  CA_SK_FARMER_EXEMPTION
  EU_REVERSE_CHARGE_EXEMPTION_RULE
  US_AL_RESELLER_EXEMPTION
  US_AK_RESELLER_EXEMPTION
  US_AZ_RESELLER_EXEMPTION
  US_AR_RESELLER_EXEMPTION
  US_CA_RESELLER_EXEMPTION
  US_CO_RESELLER_EXEMPTION
  US_CT_RESELLER_EXEMPTION
  US_DE_RESELLER_EXEMPTION
  US_FL_RESELLER_EXEMPTION
  US_GA_RESELLER_EXEMPTION
  US_HI_RESELLER_EXEMPTION
  US_ID_RESELLER_EXEMPTION
  US_IL_RESELLER_EXEMPTION
  US_IN_RESELLER_EXEMPTION
  US_IA_RESELLER_EXEMPTION
  US_KS_RESELLER_EXEMPTION
  US_KY_RESELLER_EXEMPTION
  US_LA_RESELLER_EXEMPTION
  US_ME_RESELLER_EXEMPTION
  US_MD_RESELLER_EXEMPTION
  US_MA_RESELLER_EXEMPTION
  US_MI_RESELLER_EXEMPTION
  US_MN_RESELLER_EXEMPTION
  US_MS_RESELLER_EXEMPTION
  US_MO_RESELLER_EXEMPTION
  US_MT_RESELLER_EXEMPTION
  US_NE_RESELLER_EXEMPTION
  US_NV_RESELLER_EXEMPTION
  US_NH_RESELLER_EXEMPTION
  US_NJ_RESELLER_EXEMPTION
  US_NM_RESELLER_EXEMPTION
  US_NY_RESELLER_EXEMPTION
  US_NC_RESELLER_EXEMPTION
  US_ND_RESELLER_EXEMPTION
  US_OH_RESELLER_EXEMPTION
  US_OK_RESELLER_EXEMPTION
  US_OR_RESELLER_EXEMPTION
  US_PA_RESELLER_EXEMPTION
  US_RI_RESELLER_EXEMPTION
  US_SC_RESELLER_EXEMPTION
  US_SD_RESELLER_EXEMPTION
  US_TN_RESELLER_EXEMPTION
  US_TX_RESELLER_EXEMPTION
  US_UT_RESELLER_EXEMPTION
  US_VT_RESELLER_EXEMPTION
  US_VA_RESELLER_EXEMPTION
  US_WA_RESELLER_EXEMPTION
  US_WV_RESELLER_EXEMPTION
  US_WI_RESELLER_EXEMPTION
  US_WY_RESELLER_EXEMPTION
  US_DC_RESELLER_EXEMPTION
}

scalar URL

input UnitPriceMeasurementInput {
  quantityValue: Float
  quantityUnit: UnitPriceMeasurementMeasuredUnit
  referenceValue: Int
  referenceUnit: UnitPriceMeasurementMeasuredUnit
}

enum UnitPriceMeasurementMeasuredUnit {
  ML
  CL
  L
  M3
  FLOZ
  PT
  QT
  GAL
  MG
  G
  KG
  OZ
  LB
  MM
  CM
  M
  IN
  FT
  YD
  M2
  FT2
  ITEM
  UNKNOWN
}

scalar UnsignedInt64

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

enum WeightUnit {
  KILOGRAMS
  GRAMS
  POUNDS
  OUNCES
}

directive @idempotent(key: String!) on FIELD

type InventoryAdjustQuantitiesPayload {
  inventoryAdjustmentGroup: InventoryAdjustmentGroup
  userErrors: [InventoryAdjustQuantitiesUserError!]!
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

type InventoryAdjustQuantitiesUserError implements DisplayableError {
  code: InventoryAdjustQuantitiesUserErrorCode
  field: [String!]
  message: String!
}

enum InventoryAdjustQuantitiesUserErrorCode {
  INVALID_INVENTORY_ITEM
  INVALID_LOCATION
  INVALID_QUANTITY_NAME
  INVALID_REASON
  CHANGE_FROM_QUANTITY_STALE
  ITEM_NOT_STOCKED_AT_LOCATION
  IDEMPOTENCY_KEY_PARAMETER_MISMATCH
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
