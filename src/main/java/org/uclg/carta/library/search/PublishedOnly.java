package org.uclg.carta.library.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import org.uclg.carta.library.resource.Resource;

/** Only published resources are in the index: drafts and returned items never show in search. */
public class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("publication.state");
        context.bridge(Resource.class, new Bridge());
    }

    public static class Bridge implements RoutingBridge<Resource> {
        @Override
        public void route(DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            if (resource.publication().isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
