package org.oncograph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL API.
 *
 * @param maxPageSize the most items one list page ({@code first}) or one search may
 * return
 */
@ConfigurationProperties("oncograph.api")
public record ApiProperties(@DefaultValue("100") int maxPageSize) {
}
