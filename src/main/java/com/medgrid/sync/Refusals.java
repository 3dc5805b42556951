package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;
import org.eclipse.microprofile.graphql.GraphQLException;

import java.util.function.Supplier;

/**
 * The API's refusals (bad arguments, missing roles or scopes) as GraphQL errors whose message the
 * client sees: GraphQL shows a checked {@link GraphQLException}'s message and hides any other
 * failure behind "Server Error".
 */
final class Refusals {

    private Refusals() {
    }

    static <T> T shown(Supplier<T> read) throws GraphQLException {
        try {
            return read.get();
        } catch (ApiException refusal) {
            throw new GraphQLException(refusal.getMessage(), GraphQLException.ExceptionType.DataFetchingException);
        }
    }
}
