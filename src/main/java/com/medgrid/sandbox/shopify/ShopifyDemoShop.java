package com.medgrid.sandbox.shopify;

import com.medgrid.sandbox.SandboxVendor.DemoProduct;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The simulator's demo shops, each the demo account of one MedGrid vendor: it takes its demo token,
 * sells its demo products (one variant per demo item, SKU = item code) and fulfils its new orders by
 * itself after {@code medgrid.sandbox.ship-after}. Demo items map to their variant through the
 * vendor's mapping fields ({@code <vendor>_product_id}, {@code <vendor>_variant_id},
 * {@code <vendor>_inventory_item_id}). Each shop numbers its GIDs from its own {@code idBase}, so no
 * two demo shops share a variant, product or inventory item id, as no two Shopify stores do.
 */
enum ShopifyDemoShop {

    /** Exoceuticals' store, the platform's managed connection: wellness and skincare, nothing on prescription. */
    EXOCEUTICALS("exoceuticals-demo.myshopify.com", "Exoceuticals", "shpat_demo_exoceuticals", "exoceuticals", 0L, List.of(
            new Product("EXO-HYAL", "Hyaluronic Acid Hydrating Serum", "Multi-weight hyaluronic acid facial serum", "Bottle", 38),
            new Product("EXO-RETI", "Encapsulated Retinal Night Cream", "Encapsulated retinaldehyde night cream, 0.1 percent", "Jar", 54),
            new Product("EXO-NMN", "NMN Sublingual Tablets", "Nicotinamide mononucleotide, 250 mg sublingual", "Bottle", 46))),

    /** A vendor's own store, connected by the vendor itself (vendor {@code shopify}): nutrition, nothing on prescription. */
    SKYDELL_FULFILLMENT("skydell-fulfillment.myshopify.com", "Skydell Fulfillment", "shpat_demo_skydell_fulfillment", "shopify",
            1_000_000_000L, List.of(
            new Product("SKY-COLL", "Marine Collagen Peptides", "Hydrolysed marine collagen peptides powder", "Tub", 42),
            new Product("SKY-ELEC", "Electrolyte Hydration Sticks", "Sugar-free electrolyte drink mix sticks", "Box", 24)));

    /** What a demo product is before it knows its shop's variants (see {@link #demoProducts}). */
    private record Product(String code, String name, String description, String uom, int price) {
    }

    private final String domain;
    private final String shopName;
    private final String token;
    private final String vendor;
    private final long idBase;
    private final List<DemoProduct> demoProducts;

    ShopifyDemoShop(String domain, String shopName, String token, String vendor, long idBase, List<Product> products) {
        this.domain = domain;
        this.shopName = shopName;
        this.token = token;
        this.vendor = vendor;
        this.idBase = idBase;
        // looked up only when demo data is loaded: the catalog makes its variants up from these shops, so not while they are made
        this.demoProducts = products.stream().map(p -> new DemoProduct(p.code(), p.name(), p.description(), p.uom(), p.price(), false,
                (item, n) -> ShopifyCatalogSandbox.mappingFields(this, item))).toList();
    }

    /** The demo shop with this domain, if it is one. */
    static Optional<ShopifyDemoShop> of(String domain) {
        return Stream.of(values()).filter(shop -> shop.domain.equals(domain)).findFirst();
    }

    /** Its {@code myshopify.com} domain: the shop in the simulator's URLs. */
    String domain() {
        return domain;
    }

    /** What {@code MedgridShop} answers as its name; also the Vendor Profile that sells its products in the demo. */
    String shopName() {
        return shopName;
    }

    /** The Admin API token its demo credentials carry. */
    String token() {
        return token;
    }

    /** The MedGrid vendor whose demo account it is: its items' mapping fields are named after it. */
    String vendor() {
        return vendor;
    }

    /** Added to the numbers of its GIDs. */
    long idBase() {
        return idBase;
    }

    List<DemoProduct> demoProducts() {
        return demoProducts;
    }
}
