@echo off
rem The Retort command line on Windows, from its distribution archive: needs a Java 17 (or later)
rem runtime, from JAVA_HOME or the PATH, and nothing else. RETORT_JAVA_OPTS passes options to the JVM.
setlocal
set "RETORT_HOME=%~dp0.."
if defined JAVA_HOME (set "RETORT_JAVA=%JAVA_HOME%\bin\java.exe") else (set "RETORT_JAVA=java.exe")
"%RETORT_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo retort: no Java found: install a Java 17 runtime, or set JAVA_HOME 1>&2
  exit /b 1
)
"%RETORT_JAVA%" %RETORT_JAVA_OPTS% -jar "%RETORT_HOME%\lib\retort.jar" %*
exit /b %ERRORLEVEL%
