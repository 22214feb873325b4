package io.github.articlecard.jackson.internal.usertype;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a Java type reads from front matter, as Jackson's own deserializer for it says: which keys
 * of a mapping are its properties (with their aliases), and the type of each property, item or
 * map value. Keys a type has no property for are never written by {@code with(value)}, even when
 * its serialized form has them (computed getters, read-only properties).
 *
 * <p>A type whose deserializer is not a plain bean deserializer (custom deserializers, polymorphic
 * types, {@code @JsonUnwrapped} properties) is unknown: every key of its
 * serialized form counts as its own, and nothing else.
 */
final class ReadModel {
  /** Finds deserializers; one per {@code with} or {@code as} call, since contexts are not shared. */
  static final class Resolver {
    private final ObjectMapper mapper;
    private final DeserializationConfig config;
    private @Nullable DeserializationContext context;

    Resolver(ObjectMapper mapper) {
      this.mapper = mapper;
      this.config = mapper.getDeserializationConfig();
    }

    ReadModel model(@Nullable JavaType type) {
      if (type == null) {
        return UNKNOWN;
      }
      if (type.isReferenceType() || type.isContainerType()) {
        JavaType content = type.getContentType();
        if (type.isReferenceType()) {
          return content == null ? UNKNOWN : model(content);
        }
        return new ReadModel(this, type, null, null, true, type.isMapLikeType(), content);
      }
      Class<?> raw = type.getRawClass();
      if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
        return new ReadModel(this, type, null, null, true, true, null);
      }
      try {
        return bean(type);
      } catch (RuntimeException e) { // introspection failed: what the type reads is unknown
        return new ReadModel(this, type, null, null, false, false, null);
      }
    }

    private ReadModel bean(JavaType type) {
      JsonDeserializer<Object> deserializer;
      try {
        deserializer = context().findRootValueDeserializer(type);
      } catch (JsonMappingException e) { // a type Jackson cannot bind: what it reads is unknown
        return new ReadModel(this, type, null, null, false, false, null);
      }
      if (!(deserializer instanceof BeanDeserializerBase bean) || unwraps(type)) {
        return new ReadModel(this, type, null, null, false, false, null);
      }
      Map<String, JavaType> properties = new HashMap<>();
      Map<String, String> aliases = new HashMap<>();
      for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        properties.put(property.getName(), property.getType());
        for (PropertyName alias : property.findAliases(config)) {
          aliases.put(alias.getSimpleName(), property.getName());
        }
      }
      boolean any = hasAnySetter(type);
      return new ReadModel(this, type, properties, bean.isCaseInsensitive() ? null : aliases, true,
          any, null);
    }

    private DeserializationContext context() {
      DeserializationContext c = context;
      if (c == null) {
        c = ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(config);
        context = c;
      }
      return c;
    }

    /**
     * Tells whether a property of the type is {@code @JsonUnwrapped}. Asked of the type's
     * properties, not of its deserializer's: a resolved bean deserializer has taken its unwrapped
     * properties out of {@code properties()}.
     */
    private boolean unwraps(JavaType type) {
      for (BeanPropertyDefinition property : config.introspect(type).findProperties()) {
        AnnotatedMember member = property.getPrimaryMember();
        if (member != null
            && config.getAnnotationIntrospector().findUnwrappingNameTransformer(member) != null) {
          return true;
        }
      }
      return false;
    }

    private boolean hasAnySetter(JavaType type) {
      BeanDescription description = config.introspect(type);
      if (description.findAnySetterAccessor() != null) {
        return true;
      }
      Class<?> builder = description.findPOJOBuilder();
      return builder != null && config.introspectForBuilder(config.constructType(builder),
          description).findAnySetterAccessor() != null;
    }
  }

  /** A type of which nothing is known. */
  static final ReadModel UNKNOWN = new ReadModel(null, null, null, null, false, false, null);

  private final @Nullable Resolver resolver;
  private final @Nullable JavaType type;
  /** Property name to type, for bean types; null when any key may be the type's. */
  private final @Nullable Map<String, JavaType> properties;
  /** Alias to property name; null when keys match regardless of case. */
  private final @Nullable Map<String, String> aliases;
  private final boolean known;
  private final boolean readsAnyKey;
  private final @Nullable JavaType content;

  private ReadModel(@Nullable Resolver resolver, @Nullable JavaType type,
      @Nullable Map<String, JavaType> properties, @Nullable Map<String, String> aliases,
      boolean known, boolean readsAnyKey, @Nullable JavaType content) {
    this.resolver = resolver;
    this.type = type;
    this.properties = properties;
    this.aliases = aliases;
    this.known = known;
    this.readsAnyKey = readsAnyKey;
    this.content = content;
  }

  /** Returns the type, or null when unknown. */
  @Nullable JavaType type() {
    return type;
  }

  /** Tells whether what this type reads is known; when not, every serialized key counts as its own. */
  boolean known() {
    return known;
  }

  /** Tells whether the type reads a key into a property (or into its any-setter, map or tree). */
  boolean reads(String key) {
    Map<String, JavaType> props = properties;
    return !known || readsAnyKey || props == null || props.containsKey(propertyOf(key));
  }

  /** Returns the model of a key's value. */
  ReadModel child(String key) {
    Map<String, JavaType> props = properties;
    JavaType child = props != null && props.containsKey(key) ? props.get(key) : content;
    return resolver == null ? UNKNOWN : resolver.model(child);
  }

  /** Returns the model of a list's items. */
  ReadModel item() {
    return resolver == null ? UNKNOWN : resolver.model(content);
  }

  /**
   * Returns the key of a mapping that holds a property: the property's own name, else an alias of
   * it or (for case-insensitive types) a key that differs only in case; null when none is there.
   */
  @Nullable String keyIn(JsonNode mapping, String property) {
    if (mapping.has(property)) {
      return property;
    }
    String found = null;
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      String name = entry.getKey();
      if (propertyOf(name).equals(property)) {
        found = name; // Jackson keeps the last of several
      }
    }
    return found;
  }

  /** Returns the property a key of the source stands for: itself, or the property it is an alias of. */
  String propertyOf(String key) {
    Map<String, JavaType> props = properties;
    if (props == null || props.containsKey(key)) {
      return key;
    }
    Map<String, String> byAlias = aliases;
    if (byAlias == null) {
      for (String name : props.keySet()) {
        if (name.equalsIgnoreCase(key)) {
          return name;
        }
      }
      return key;
    }
    String property = byAlias.get(key);
    return property != null ? property : key;
  }
}
