package fr.entente.web.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link ApiWorld} once per test run (the first class that asks), and closes it when the run ends:
 * the API test classes share one hub, which keeps them fast on two cores. Test methods and lifecycle methods get
 * it as a parameter.
 */
public final class SharedApiWorld implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = ApiWorld.class.getName();

    @Override
    public void beforeAll(ExtensionContext context) {
        world(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApiWorld.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return world(context);
    }

    private static ApiWorld world(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                      .getOrComputeIfAbsent(KEY, key -> ApiWorld.start(), ApiWorld.class);
    }
}
