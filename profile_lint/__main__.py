from profile_lint.cli import main

main()
