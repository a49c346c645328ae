// Choices for deployment/azure/main.bicep. Edit the values, not the names; every parameter not listed here keeps
// the default written in main.bicep. No secret belongs in this file: the database password is read from the
// environment variable POSTGRES_ADMIN_PASSWORD when you deploy (see deployment/README.md).
using './main.bicep'

// false for the first deployment; true once the secrets are in Key Vault and the image is in the registry.
param deployApp = false

// Azure region, e.g. uksouth or ukwest. Empty would not work: give a region.
param location = 'uksouth'

// Resource names are made from this (lower case, up to 14 characters).
param baseName = 'rp-assistant'

// UserAssignedMSI (no secret to renew) or SingleTenant (an app registration and its client secret).
param botAppType = 'UserAssignedMSI'
// SingleTenant only: the app registration's application (client) ID.
param singleTenantAppId = ''

// The image to run: repository:tag in the registry. Raise the tag for each release.
param containerImage = 'rp-assistant:1.0.0'

// image (the knowledge base inside the image) or fileShare (an Azure Files share, changed without a new image).
param knowledgeBaseSource = 'image'

// The /admin insights page: the Entra app registration's client ID and the group allowed in. Empty: /admin closed.
param adminEntraClientId = ''
param adminEntraGroupId = ''

// Your own object ID (az ad signed-in-user show --query id -o tsv), or a group's, to be allowed to set secrets.
param operatorPrincipalId = ''
param operatorPrincipalType = 'User'

param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
