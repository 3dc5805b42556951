package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Type;

/** Relay's page info: whether another page follows, and the cursor to ask for it with. */
@Type("PageInfo")
public class PageInfo {

    private final boolean hasNextPage;
    private final String endCursor;

    PageInfo(boolean hasNextPage, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.endCursor = endCursor;
    }

    public boolean isHasNextPage() {
        return hasNextPage;
    }

    public String getEndCursor() {
        return endCursor;
    }
}
