// SPDX-License-Identifier: Apache-2.0
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Raises the class-file version of a library's classes inside the runnable jar to Java 8 (52), computing the
 * stack-map frames that version requires; the code itself is not changed.
 *
 * <p>Why: picocli is compiled for Java 5 (class-file version 49). The JVM does not put classes that old
 * into a start-up archive (AOT cache or CDS: "Old class has been linked"), so every run of the command
 * line loaded and verified picocli's classes from the jar with the old type-inferring verifier: about
 * 0.1 s of every run, more than a whole {@code --version} needs once they are archived (see
 * docs/BENCHMARKS.md). Run by the cli's build after the shade plugin:
 *
 * <pre>
 * java -cp asm.jar UpgradeClassFiles.java target/clusterfolio.jar picocli/
 * </pre>
 *
 * The jar is rewritten beside itself and then renamed over the original; every entry keeps its place, name,
 * times and comment, so two builds still give the same bytes.
 */
public final class UpgradeClassFiles {
    private static final int TARGET = Opcodes.V1_8;

    private UpgradeClassFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UpgradeClassFiles JAR PACKAGE-PREFIX");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        // The jar's own classes answer the frame computation's "common superclass" questions.
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream content = in.getInputStream(entry)) {
                    bytes = content.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry);
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")
                        && majorVersion(bytes) < (TARGET & 0xFFFF)) {
                    bytes = upgrade(bytes, classes);
                    upgraded++;
                }
                copy.setSize(bytes.length);
                copy.setCompressedSize(-1);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException failure) {
            Files.deleteIfExists(rewritten);
            throw failure;
        }
        if (upgraded == 0) {
            Files.delete(rewritten);
            throw new IllegalStateException("no class under " + prefix + " in " + jar + " needed upgrading;"
                    + " if the library now targets Java 8 or later, remove this build step");
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    private static byte[] upgrade(byte[] classFile, ClassLoader classes) {
        ClassReader reader = new ClassReader(classFile);
        // Not given the reader: ASM would then copy each method's code unchanged, without the frames.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
