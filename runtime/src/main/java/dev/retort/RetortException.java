package dev.retort;

/**
 * An error Retort explains in one line. {@link Kind#BAD_INPUT} means the user's arguments, config
 * or revision files are wrong; {@link Kind#FAILED} means the work itself failed (the database
 * refused, a connection broke); {@link Kind#UNREACHABLE}, that no connection could be made at all
 * (which a CI check may want to tell from a real difference). Front ends map the kind to an exit code.
 */
public class RetortException extends RuntimeException {

    public enum Kind { BAD_INPUT, FAILED, UNREACHABLE }

    private final Kind kind;

    public RetortException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RetortException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static RetortException badInput(String message) {
        return new RetortException(Kind.BAD_INPUT, message);
    }

    public static RetortException failed(String message, Throwable cause) {
        return new RetortException(Kind.FAILED, message, cause);
    }

    public static RetortException unreachable(String message, Throwable cause) {
        return new RetortException(Kind.UNREACHABLE, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
