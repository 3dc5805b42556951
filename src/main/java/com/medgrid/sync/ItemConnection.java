package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of items, Relay style: {@code edges} with cursors, or just {@code nodes}. */
@Type("ItemConnection")
public class ItemConnection {

    private final List<ItemNode> nodes;
    private final PageInfo pageInfo;

    ItemConnection(List<ItemNode> nodes, PageInfo pageInfo) {
        this.nodes = nodes;
        this.pageInfo = pageInfo;
    }

    public List<ItemNode> getNodes() {
        return nodes;
    }

    public List<ItemEdge> getEdges() {
        return nodes.stream().map(ItemEdge::new).toList();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** An item with the cursor that resumes after it. */
    @Type("ItemEdge")
    public static class ItemEdge {

        private final ItemNode node;

        ItemEdge(ItemNode node) {
            this.node = node;
        }

        public String getCursor() {
            return Cursor.after(node.getItemCode());
        }

        public ItemNode getNode() {
            return node;
        }
    }
}
