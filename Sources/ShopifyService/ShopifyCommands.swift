enum ShopifyServicePlaceholder {}
