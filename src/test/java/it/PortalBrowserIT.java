package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vendor portal in headless Chromium: a vendor signs in, sees its order and marks its lines shipped,
 * sees its stock with low-stock flags and asks for a stock change, and connects, tests, syncs and
 * disconnects ShipStation (the sandbox's), on a desktop and on a phone screen.
 */
class PortalBrowserIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String VENDOR = "Portal Vendor " + TAG;
    /** An item name that is markup: the pages must show it as text. */
    private static final String MARKUP_NAME = "Gauze <img src=x id=injected> " + TAG;
    private static Api.TestUser vendor;
    private static String item;
    private static String order;
    private static Browser browser;

    @BeforeAll
    static void aVendorWithAnOrderToShip() {
        vendor = Api.approvedVendor(VENDOR);
        item = "PORTAL-" + TAG;
        Api.insert("Item", Map.of("item_code", item, "item_name", MARKUP_NAME, "default_supplier", VENDOR, "reorder_level", 50));
        Api.insert("Item Price", Map.of("item_code", item, "price_list", "Standard Selling", "price_list_rate", 9));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 40))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        order = Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", "Lone Star Hormone Center", "docstatus", 1,
                        "items", List.of(Map.of("item_code", item, "qty", 3, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.desktopScreen();
        browser.forget();
    }

    private static String notice() {
        return browser.visible(By.id("notice")).getText();
    }

    @Test
    void aVendorSeesItsOrderAndMarksItShipped() {
        browser.open("/portal/vendor");
        browser.visible(By.id("sign-in-form"));
        browser.screenshot("01-sign-in");
        browser.signIn(vendor.email(), vendor.password());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendor-title"), VENDOR));

        By open = By.xpath("//table[@id='orders']//button[text()='" + order + "']");
        browser.visible(open);
        browser.screenshot("02-dashboard");
        browser.visible(open).click();
        WebElement detail = browser.visible(By.id("order-detail"));
        browser.until(ExpectedConditions.textToBePresentInElement(detail, "MedGrid Fulfillment: Manual"));
        browser.type(By.id("ship-tracking"), "1ZPORTAL" + TAG);
        browser.type(By.id("ship-carrier"), "UPS");
        browser.screenshot("03-mark-shipped");
        browser.visible(By.xpath("//div[@id='order-detail']//button[text()='Mark shipped']")).click();

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), order + " is marked shipped"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-detail"), "UPS 1ZPORTAL" + TAG));
        assertTrue(browser.driver.findElements(By.id("ship-tracking")).isEmpty(), "a shipped order offers no second shipment");
        browser.screenshot("04-shipped");
        Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200).body("message.shipments[0].status", equalTo("Shipped"))
                .body("message.shipments[0].tracking_number", equalTo("1ZPORTAL" + TAG));
    }

    @Test
    void aVendorSeesLowStockAndAsksForMore() {
        browser.open("/portal/vendor");
        browser.signIn(vendor.email(), vendor.password());
        By row = By.xpath("//table[@id='stock']//tr[th[contains(., '" + item + "')]]");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(row, "Low stock"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(row, MARKUP_NAME)); // the name is shown as text
        assertTrue(browser.driver.findElements(By.id("injected")).isEmpty(), "no element was made of the item's name");
        browser.type(By.id("stock-query"), "gauze <img");
        browser.visible(By.cssSelector("#stock-search button")).click();
        browser.until(driver -> driver.findElements(By.cssSelector("#stock tbody tr")).size() == 1
                && driver.findElement(By.cssSelector("#stock tbody tr")).getText().contains(item));

        browser.type(By.id("req-item"), item);
        new Select(browser.visible(By.id("req-warehouse"))).selectByValue(WAREHOUSE);
        new Select(browser.visible(By.id("req-action"))).selectByValue("Add");
        browser.type(By.id("req-quantity"), "25");
        browser.type(By.id("req-reason"), "Restocked from the manufacturer");
        browser.visible(By.cssSelector("#request-form button[type=submit]")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "sent: a marketplace officer reviews it"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//table[@id='requests']//tr[td[text()='" + item + "']]"),
                "Requested"));
        browser.screenshot("05-stock-request");

        browser.type(By.id("req-item"), "NOT-AN-ITEM-" + TAG);
        new Select(browser.visible(By.id("req-warehouse"))).selectByValue(WAREHOUSE);
        browser.type(By.id("req-quantity"), "1");
        browser.type(By.id("req-reason"), "Typo");
        browser.visible(By.cssSelector("#request-form button[type=submit]")).click();
        browser.until(ExpectedConditions.attributeToBe(By.id("notice"), "role", "alert"));
        assertTrue(notice().contains("NOT-AN-ITEM-" + TAG), notice());
    }

    @Test
    void aVendorConnectsTestsSyncsAndDisconnectsShipStation() {
        browser.open("/portal/integrations");
        browser.signIn(vendor.email(), vendor.password());
        By card = By.cssSelector("article[data-integration=shipstation]");
        browser.visible(card);
        browser.type(By.id("shipstation-api_key"), "portal-" + TAG);
        browser.type(By.id("shipstation-api_secret"), "portal-" + TAG);
        assertEquals("password", browser.visible(By.id("shipstation-api_secret")).getAttribute("type"));
        browser.screenshot("06-integrations-connect");
        browser.visible(By.xpath("//article[@data-integration='shipstation']//button[text()='Connect ShipStation']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "ShipStation is connected."));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(card, "Connected"));
        assertTrue(browser.driver.getPageSource().indexOf("portal-" + TAG) < 0, "credentials are never shown");

        browser.visible(By.xpath("//article[@data-integration='shipstation']//button[text()='Test']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(card, "the credentials work"));
        browser.visible(By.xpath("//article[@data-integration='shipstation']//button[text()='Sync now']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "ShipStation synced. Orders pushed: "));
        browser.screenshot("07-integrations-synced");

        browser.visible(By.xpath("//article[@data-integration='shipstation']//button[text()='Disconnect']")).click();
        browser.visible(By.xpath("//dialog//button[text()='Disconnect']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "ShipStation is disconnected."));
        browser.visible(By.id("shipstation-api_key"));
        Map<String, Object> row = vendor.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("message.integrations").stream()
                .filter(r -> "shipstation".equals(r.get("id"))).findFirst().orElseThrow();
        assertEquals(false, row.get("has_credentials"));
    }

    /** Shopify's install leaves the portal for the store (the sandbox's) and comes back to it connected. */
    @Test
    void aVendorConnectsItsShopifyStore() {
        browser.open("/portal/integrations");
        browser.signIn(vendor.email(), vendor.password());
        browser.type(By.id("shopify-shop_domain"), "portal-" + TAG.toLowerCase() + ".myshopify.com");
        browser.visible(By.xpath("//article[@data-integration='shopify']//button[text()='Connect Shopify store']")).click();
        browser.until(ExpectedConditions.urlContains("/portal/integrations?shopify=connected"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Your Shopify store is connected."));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article[data-integration=shopify]"), "Connected"));
        browser.screenshot("10-shopify-connected");
    }

    @Test
    void thePagesFitAPhoneAndSignOut() {
        browser.phoneScreen();
        browser.open("/portal/vendor");
        browser.signIn(vendor.email(), vendor.password());
        browser.visible(By.xpath("//table[@id='orders']//button[text()='" + order + "']"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the page does not scroll sideways on a phone (wide tables scroll in their own box)");
        browser.screenshot("08-phone-vendor");
        browser.open("/portal/integrations");
        browser.visible(By.cssSelector("article[data-integration=shipstation]"));
        browser.screenshot("09-phone-integrations");

        browser.visible(By.xpath("//button[text()='Sign out']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "You are signed out."));
        browser.open("/portal/vendor");
        browser.visible(By.id("sign-in-form"));
        assertNull(js.executeScript("return window.localStorage.getItem('medgrid.csrf_token')"));
    }
}
