@echo off
rem synesthetic-codegen: runs ..\lib\synesthetic-codegen.jar on the java of JAVA_HOME, else the one on
rem the PATH, with the arguments as given and the program's exit code. docs/install.md has the details.
rem   SYNESTHETIC_CODEGEN_OPTS        JVM options, added after the launcher's own (so they win)
rem   SYNESTHETIC_CODEGEN_FAST_START  off (or 0/false/no): no start-up settings
rem On Windows the launcher sets C1 only (-XX:TieredStopAtLevel=1); the class-data archive is made by
rem the POSIX launcher alone.
setlocal
set "JAR=%~dp0..\lib\synesthetic-codegen.jar"
rem Messages naming a path are echoed outside ( ) blocks: a ")" in the path (C:\Program Files (x86))
rem would end a block early.
if not exist "%JAR%" goto noJar
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" goto noJava
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo synesthetic-codegen: no java found: install a JDK 17 or later and set JAVA_HOME or put java on the PATH 1>&2
    exit /b 4
  )
)
set "FLAGS=-XX:TieredStopAtLevel=1"
for %%v in (off OFF 0 false no) do if "%SYNESTHETIC_CODEGEN_FAST_START%"=="%%v" set "FLAGS="
"%JAVA_EXE%" %FLAGS% %SYNESTHETIC_CODEGEN_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:noJar
echo synesthetic-codegen: %JAR% is missing; reinstall synesthetic-codegen 1>&2
exit /b 4

:noJava
echo synesthetic-codegen: JAVA_HOME is '%JAVA_HOME%' but %JAVA_EXE% does not exist 1>&2
exit /b 4
