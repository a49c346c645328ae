// RP Assistant in Azure: the bot, the app that answers it, its database and its secrets.
// deployment/README.md gives the order of steps; deployment/azure/README.md describes the parameters.
//
// Deploy twice into one resource group:
//   1. deployApp = false: the identity, Key Vault, the PostgreSQL server, the container registry, logs
//      (and the knowledge-base file share if chosen). Then put the secrets in Key Vault and the image in
//      the registry.
//   2. deployApp = true: the same again, plus the App Service plan, the web app and the Azure Bot with its
//      Teams channel. The app therefore never starts before its secrets exist.
//
//   az deployment group create --resource-group <group> --parameters deployment/azure/main.bicepparam
//
// No secret is in this file or its parameter file: the database password comes from an environment variable
// at deployment, the other secrets are set in Key Vault by hand.

targetScope = 'resourceGroup'

// ---- where and what --------------------------------------------------------------------------------

@description('Azure region for everything except the bot (which is global). Defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Short lower-case name from which the resource names are made (letters, digits, hyphens).')
@minLength(2)
@maxLength(14)
param baseName string = 'rp-assistant'

@description('Makes the names that must be unique in Azure unique. The default is stable for this resource group.')
@maxLength(8)
param nameSuffix string = take(uniqueString(resourceGroup().id), 6)

@description('false for the first deployment (foundations only); true once the secrets and the image exist.')
param deployApp bool = false

@description('Tags for every resource.')
param tags object = {
  application: 'rp-assistant'
}

// ---- names (override any of them to follow your naming policy) -----------------------------------------

param identityName string = 'id-${baseName}'
param keyVaultName string = 'kv${replace(baseName, '-', '')}${nameSuffix}'
param postgresServerName string = 'psql-${baseName}-${nameSuffix}'
param containerRegistryName string = 'cr${replace(baseName, '-', '')}${nameSuffix}'
param logAnalyticsName string = 'log-${baseName}'
param appServicePlanName string = 'asp-${baseName}'
param webAppName string = 'app-${baseName}-${nameSuffix}'
param botName string = 'bot-${baseName}-${nameSuffix}'
param storageAccountName string = 'st${replace(baseName, '-', '')}${nameSuffix}'

// ---- the bot -------------------------------------------------------------------------------------------

@description('UserAssignedMSI: the bot signs in as the managed identity (no secret). SingleTenant: as an app registration in this tenant, whose client secret is the Key Vault secret microsoft-app-password.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) ID of the bot\'s app registration.')
param singleTenantAppId string = ''

@description('Name shown for the bot in the Azure portal (Teams shows the name in the app package).')
param botDisplayName string = 'RP Assistant'

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

// ---- the app -------------------------------------------------------------------------------------------

@description('Create the container registry here. false: use an existing registry named containerRegistryName in containerRegistryResourceGroup.')
param createContainerRegistry bool = true

@description('Resource group of the container registry (this one by default).')
param containerRegistryResourceGroup string = resourceGroup().name

@description('Repository and tag of the image in the registry, e.g. rp-assistant:1.0.0.')
param containerImage string = 'rp-assistant:1.0.0'

@description('App Service plan size (Linux). P0v3: 1 vCPU, 4 GB; P1v3: 2 vCPU, 8 GB.')
param appServicePlanSku string = 'P0v3'

@description('Instances of the app (at least two).')
@minValue(2)
param instanceCount int = 2

@description('image: the knowledge base inside the image (a new image for every change). fileShare: on an Azure Files share mounted at /mnt/knowledge-base (content changes without a new image).')
@allowed([
  'image'
  'fileShare'
])
param knowledgeBaseSource string = 'image'

@description('How long questions, feedback and bot state are kept (INSIGHTS_RETENTION), e.g. 90d.')
param insightsRetention string = '90d'

@description('JVM options for the app (JAVA_OPTS).')
param javaOpts string = '-Xmx512m -XX:+ExitOnOutOfMemoryError'

@description('Actuator endpoints served on the public address. health is needed by the health check; add prometheus only if something scrapes it.')
param actuatorEndpoints string = 'health'

// ---- the insights page (/admin) sign-in ---------------------------------------------------------------

@description('Application (client) ID of the Entra app registration for the /admin sign-in; empty leaves /admin closed.')
param adminEntraClientId string = ''

@description('Object ID of the Entra group whose members may open /admin.')
param adminEntraGroupId string = ''

// ---- the database ------------------------------------------------------------------------------------

param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

param postgresVersion string = '16'

param postgresStorageSizeGB int = 32

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@allowed([
  'Disabled'
  'Enabled'
])
param postgresGeoRedundantBackup string = 'Disabled'

@allowed([
  'Disabled'
  'SameZone'
  'ZoneRedundant'
])
param postgresHighAvailability string = 'Disabled'

param postgresAdminLogin string = 'rpassistant'

@secure()
@description('PostgreSQL administrator password. Pass the same value every time (it is kept in Key Vault as database-password).')
param postgresAdminPassword string

param databaseName string = 'rpassistant'

@description('Firewall rule admitting Azure services to the database (needed unless you add private networking).')
param allowAzureServicesToDatabase bool = true

// ---- people and logs -----------------------------------------------------------------------------------

@description('Object ID of the person or group who will set the Key Vault secrets (given Key Vault Secrets Officer). Empty: assign it yourself.')
param operatorPrincipalId string = ''

@allowed([
  'User'
  'Group'
])
param operatorPrincipalType string = 'User'

@description('Days the app\'s logs are kept in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

// ---- resources --------------------------------------------------------------------------------------------

var tenantId = tenant().tenantId
var useFileShare = knowledgeBaseSource == 'fileShare'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    databasePassword: postgresAdminPassword
  }
}

module database 'modules/database.bicep' = {
  name: 'database'
  params: {
    name: postgresServerName
    location: location
    tags: tags
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    version: postgresVersion
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: postgresGeoRedundantBackup
    highAvailability: postgresHighAvailability
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    databaseName: databaseName
    allowAzureServices: allowAzureServicesToDatabase
  }
}

module registry 'modules/registry.bicep' = if (createContainerRegistry) {
  name: 'registry'
  params: {
    name: containerRegistryName
    location: location
    tags: tags
  }
}

module registryPull 'modules/registry-pull.bicep' = {
  name: 'registry-pull'
  scope: resourceGroup(containerRegistryResourceGroup)
  params: {
    registryName: containerRegistryName
    principalId: identity.outputs.principalId
  }
  dependsOn: [
    registry
  ]
}

module contentShare 'modules/content-share.bicep' = if (useFileShare) {
  name: 'content-share'
  params: {
    name: storageAccountName
    location: location
    tags: tags
  }
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

// ---- the app's settings: every key is in the root README's configuration table ----------------------------

var secretsUri = keyVault.outputs.uri
var botAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId

var baseSettings = {
  // App Service: the port the container listens on, no shared /home storage, time for a cold start.
  WEBSITES_PORT: '3978'
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
  WEBSITES_CONTAINER_START_TIME_LIMIT: '600'
  SERVER_PORT: '3978'
  // Checked settings, JSON logs, /admin only with Entra ID.
  SPRING_PROFILES_ACTIVE: 'production'
  // App Service ends HTTPS in front of the app: believe its X-Forwarded-Proto so that the sign-in's redirect
  // address is https://<host>/login/oauth2/code/entra.
  SERVER_FORWARD_HEADERS_STRATEGY: 'framework'
  MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE: actuatorEndpoints
  JAVA_OPTS: javaOpts
  // The bot.
  MicrosoftAppType: botAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: tenantId
  // The database; Flyway creates the tables at first start.
  SPRING_DATASOURCE_URL: 'jdbc:postgresql://${database.outputs.fqdn}:5432/${database.outputs.databaseName}?sslmode=require'
  SPRING_DATASOURCE_USERNAME: postgresAdminLogin
  SPRING_DATASOURCE_PASSWORD: '@Microsoft.KeyVault(SecretUri=${secretsUri}secrets/database-password)'
  // Privacy and retention.
  PRIVACY_PSEUDONYM_KEY: '@Microsoft.KeyVault(SecretUri=${secretsUri}secrets/privacy-pseudonym-key)'
  INSIGHTS_RETENTION: insightsRetention
}

var singleTenantSettings = botAppType == 'SingleTenant' ? {
  MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${secretsUri}secrets/microsoft-app-password)'
} : {}

var knowledgeBaseSettings = useFileShare ? {
  KNOWLEDGE_BASE_PATH: '/mnt/knowledge-base'
} : {}

var adminSettings = empty(adminEntraClientId) ? {} : {
  ADMIN_ENTRA_TENANT_ID: tenantId
  ADMIN_ENTRA_CLIENT_ID: adminEntraClientId
  ADMIN_ENTRA_GROUP_ID: adminEntraGroupId
  ADMIN_ENTRA_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${secretsUri}secrets/admin-entra-client-secret)'
}

module app 'modules/app.bicep' = if (deployApp) {
  name: 'app'
  params: {
    planName: appServicePlanName
    webAppName: webAppName
    location: location
    tags: tags
    planSku: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    image: '${containerRegistryName}${environment().suffixes.acrLoginServer}/${containerImage}'
    settings: union(baseSettings, singleTenantSettings, knowledgeBaseSettings, adminSettings)
    mountKnowledgeBase: useFileShare
    storageAccountName: useFileShare ? storageAccountName : ''
    shareName: useFileShare ? contentShare.outputs.shareName : ''
    logAnalyticsWorkspaceId: logAnalytics.id
  }
  dependsOn: [
    registryPull
  ]
}

module bot 'modules/bot.bicep' = if (deployApp) {
  name: 'bot'
  params: {
    name: botName
    displayName: botDisplayName
    tags: tags
    endpoint: 'https://${app.outputs.hostName}/api/messages'
    appType: botAppType
    appId: botAppId
    appTenantId: tenantId
    identityId: identity.outputs.id
    sku: botSku
  }
}

// ---- what the next steps need ----------------------------------------------------------------------------

@description('MICROSOFT_APP_ID for deployment/teams/build-package.sh.')
output microsoftAppId string = botAppId

@description('BOT_DOMAIN for build-package.sh and the host of the /admin redirect address (known before the app exists).')
output appHostName string = deployApp ? app.outputs.hostName : '${webAppName}.azurewebsites.net'

output webAppName string = webAppName
output keyVaultName string = keyVault.outputs.name
output containerRegistryName string = containerRegistryName
output containerRegistryLoginServer string = '${containerRegistryName}${environment().suffixes.acrLoginServer}'
output postgresServerName string = database.outputs.name
output storageAccountName string = useFileShare ? contentShare.outputs.storageAccountName : ''
output botName string = deployApp ? bot.outputs.name : ''
output tenantId string = tenantId
