package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of orders, Relay style: {@code edges} with cursors, or just {@code nodes}. */
@Type("OrderConnection")
public class OrderConnection {

    private final List<OrderNode> nodes;
    private final PageInfo pageInfo;

    OrderConnection(List<OrderNode> nodes, PageInfo pageInfo) {
        this.nodes = nodes;
        this.pageInfo = pageInfo;
    }

    public List<OrderNode> getNodes() {
        return nodes;
    }

    public List<OrderEdge> getEdges() {
        return nodes.stream().map(OrderEdge::new).toList();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** An order with the cursor that resumes after it. */
    @Type("OrderEdge")
    public static class OrderEdge {

        private final OrderNode node;

        OrderEdge(OrderNode node) {
            this.node = node;
        }

        public String getCursor() {
            return Cursor.after(node.getName());
        }

        public OrderNode getNode() {
            return node;
        }
    }
}
