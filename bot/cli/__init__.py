"""The `briefbot` command line (`main`) and the subcommands that are not a layer of their own: `check` and
`schema`, the desk's `inbox`, the access `audit`."""
