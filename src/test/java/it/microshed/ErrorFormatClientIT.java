package it.microshed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;
import java.util.Map;

/** Bad input through typed clients (Sales Order drafts: {@link SalesOrderClientIT}): every refusal is a 4xx in Frappe's format (exc_type, exception, _server_messages). */
@MicroShedTest
public class ErrorFormatClientIT {

    private static final String TAG = MedGrid.tag();
    private static final String CLINIC = "MS Error Clinic " + TAG;

    private static Customers customers;
    private static Documents documents;

    @BeforeAll
    static void createCustomer() {
        MedGrid.Account admin = MedGrid.systemManager();
        customers = admin.basic(Customers.class);
        documents = admin.basic(Documents.class);
        customers.create(Customers.Customer.create(CLINIC, null, null));
    }

    @Test
    void unknownDocumentsAndDocTypesAre404() {
        MedGrid.error(() -> customers.get("Nobody " + TAG)).assertIs(404, "DoesNotExistError", "not found");
        MedGrid.error(() -> documents.create("No Such DocType " + TAG, Map.of()))
                .assertIs(404, "DoesNotExistError", "DocType No Such DocType " + TAG + " not found");
    }

    @Test
    void aSecondCustomerOfTheSameNameIs409() {
        MedGrid.error(() -> customers.create(Customers.Customer.create(CLINIC, null, null)))
                .assertIs(409, "DuplicateEntryError", "already exists");
    }

    @Test
    void customersMustLinkToRealUsersAndPriceLists() {
        MedGrid.error(() -> customers.create(Customers.Customer.create("MS Ghost " + TAG, "Nope " + TAG, null)))
                .assertIs(417, "ValidationError", "Could not find Price List: Nope " + TAG);
        MedGrid.error(() -> customers.create(Customers.Customer.create("MS Ghost " + TAG, null, "ghost-" + TAG + "@example.com")))
                .assertIs(417, "ValidationError", "Could not find User: ghost-" + TAG + "@example.com");
    }

    @Test
    void aWrongRoleIs403() {
        MedGrid.Account vendor = MedGrid.newUser("Vendor");
        MedGrid.error(() -> vendor.basic(Customers.class).create(Customers.Customer.create("MS Nope " + TAG, null, null)))
                .assertIs(403, "PermissionError", "Customer");
        MedGrid.error(() -> vendor.token(Users.class).create(new Users.NewUser("x-" + TAG + "@example.com", "X", List.of(), "pw")))
                .assertIs(403, "PermissionError", "System Manager");
    }
}
