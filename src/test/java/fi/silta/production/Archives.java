package fi.silta.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacking a distribution once per build and reading the tail of a process's log. */
final class Archives {

    private Archives() {
    }

    /**
     * Unpacks {@code zip} into {@code parent/name} unless a complete copy is already there (a marker file is
     * written last), and returns that folder. The zip's single top-level folder is stripped.
     */
    static Path unpackOnce(Path zip, Path parent, String name) throws IOException {
        Path home = parent.resolve(name);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No distribution at " + zip + "; run the tests through Maven");
        }
        deleteRecursively(home);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : archive.stream().toList()) {
                String path = entry.getName();
                int slash = path.indexOf('/');
                if (slash < 0 || slash == path.length() - 1) {
                    continue;
                }
                Path target = home.resolve(path.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Entry outside the distribution: " + path);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (path.contains("/bin/") && !path.endsWith(".bat")) {
                    Files.setPosixFilePermissions(target, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
        }
        Files.writeString(marker, zip.toString());
        return home;
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
