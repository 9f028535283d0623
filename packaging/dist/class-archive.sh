#!/bin/sh
# Makes the class-data sharing archive of the installed app (the .deb's postinst and the .rpm's %post run it): the
# classes listed at packaging (codedrill.classlist, packaging/dist/jpackage.sh), the JDK's and the app's, parsed and
# verified once into codedrill.jsa, which the launcher's options name. It records the jar's installed path, hence made
# here. Without it the app starts as before, only slower; the package's removal removes it.
app=/opt/codedrill/lib/app
[ -f $app/codedrill.classlist ] || exit 0
rm -f $app/codedrill.jsa
/opt/codedrill/lib/runtime/bin/java -Xshare:dump -XX:SharedClassListFile=$app/codedrill.classlist \
    -XX:SharedArchiveFile=$app/codedrill.jsa -cp $app/codedrill.jar > /dev/null 2>&1 \
    || { rm -f $app/codedrill.jsa; echo "codedrill: no class-data sharing archive made; CodeDrill starts without it" >&2; }
exit 0
