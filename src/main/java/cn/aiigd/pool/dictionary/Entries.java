package cn.aiigd.pool.dictionary;

/** The reference lists, as read-only records. */
public final class Entries {

    private Entries() {
    }

    /** A provincial-level division of China, incl. Hong Kong, Macau and Taiwan. */
    public record Province(String code, String name, String shortName) {
    }

    /** A prefecture-level city of Guangdong. */
    public record City(String code, String name) {
    }

    /** A GB/T 4754-2011 manufacturing major category (13–43). */
    public record Industry(String code, String name) {
    }

    /** One of the four capability categories. */
    public record Category(String code, String name) {
    }

    /** One of the new technology directions. */
    public record Direction(String code, String name) {
    }
}
