package com.medgrid.sandbox.pharmaone;

import com.medgrid.sandbox.DemoData;
import com.medgrid.sandbox.SandboxVendor.DemoProduct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated pharmacy sells: one product per demo item (SKU = item code), in a fixed order,
 * so the demo data's {@code pharmaone_product_id} of an item names exactly a product the simulator
 * serves. A product's id follows from its item code alone ({@code p1prod_b12loz-5mg}), so it is the
 * same on every start and in every database, whatever other simulators add. Every org sells this
 * catalog (a test org has no catalog of its own to set up). Stock is made up but fixed.
 */
final class PharmaOneCatalog {

    static final String PRODUCT_ID_FIELD = "pharmaone_product_id";
    private static final String PRODUCT_ID_PREFIX = "p1prod_";

    /** Both over the counter: prescription items route to another pharmacy first. */
    static final List<DemoProduct> DEMO_PRODUCTS = List.of(
            demoProduct("B12LOZ", "Methylcobalamin B12 Lozenges", "Methylcobalamin 1000 mcg sublingual lozenges", 19),
            demoProduct("ZNPIC", "Zinc Picolinate Capsules", "Zinc picolinate 30 mg capsules", 14));

    /** A product as {@code /products} and {@code /inventory} show it. */
    record Product(String id, String name, String sku, int price, int available) {
    }

    static final List<Product> PRODUCTS = products();

    private PharmaOneCatalog() {
    }

    static Optional<Product> byId(String productId) {
        return PRODUCTS.stream().filter(p -> p.id().equals(productId)).findFirst();
    }

    /** The product id of the demo item with this code. */
    static String productId(String itemCode) {
        return PRODUCT_ID_PREFIX + itemCode.toLowerCase(Locale.ROOT);
    }

    private static DemoProduct demoProduct(String code, String name, String description, int price) {
        return new DemoProduct(code, name, description, "Bottle", price, false, (item, n) -> Map.of(PRODUCT_ID_FIELD, productId(item)));
    }

    private static List<Product> products() {
        List<Product> products = new ArrayList<>();
        for (DemoProduct product : DEMO_PRODUCTS) {
            for (String strength : DemoData.STRENGTHS) {
                String sku = DemoData.itemCode(product.code(), strength);
                products.add(new Product(productId(sku), product.name() + " " + strength, sku, product.price(), stock(products.size())));
            }
        }
        return List.copyOf(products);
    }

    /** Made-up but fixed stock; every ninth product is out of stock. */
    private static int stock(int position) {
        return position % 9 == 8 ? 0 : (position * 53 + 17) % 400;
    }
}
